package org.secsearch.web.search;

import org.apache.lucene.search.LRUQueryCache;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryCachingPolicy;

/**
 * The hit sets of searches and filters, kept per segment across searches and index refreshes (Lucene's query cache,
 * as Solr's filterCache): drilling down, paging or reloading a search counts its facets from the set its words
 * matched the first time instead of matching them again. Only sets of non-scoring passes are kept; ranking still
 * reads the postings. A segment's sets go when Lucene closes it; the least recently used go past the size limits.
 */
final class HitSetCache {
  /** Sets kept at most, and their memory (a set over a million reports is 122 KB when dense). */
  static final int MAX_SETS = 512;
  static final long MAX_BYTES = 64L << 20;

  private HitSetCache() {}

  /** A cache that keeps every set on any segment, on first use. */
  static LRUQueryCache create() {
    return new LRUQueryCache(MAX_SETS, MAX_BYTES, leaf -> true, Float.POSITIVE_INFINITY);
  }

  /**
   * Keep a query's sets from its first use (a user's next step is usually a drill-down of the same words), except
   * for matching every report, which needs no set.
   */
  static final QueryCachingPolicy POLICY = new QueryCachingPolicy() {
    @Override
    public void onUse(Query query) {}

    @Override
    public boolean shouldCache(Query query) {
      return !(query instanceof MatchAllDocsQuery);
    }
  };
}
