package org.secsearch.web.search;

import java.util.List;
import java.util.concurrent.Executor;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;

/**
 * An IndexSearcher that searches its segments in as many slices as there are search threads, balanced by size, so
 * one search on an idle machine uses every core (Lucene's default slices hold up to 250,000 documents each, which
 * leaves an index of that size to one thread).
 */
final class SlicedSearcher extends IndexSearcher {
  private final int threads;

  SlicedSearcher(IndexReader reader, Executor executor, int threads) {
    super(reader, executor);
    this.threads = threads;
  }

  @Override
  protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
    long docs = leaves.stream().mapToLong(l -> l.reader().maxDoc()).sum();
    int perSlice = (int) Math.max(1, Math.min(Integer.MAX_VALUE, (docs + threads - 1) / Math.max(1, threads)));
    return slices(leaves, perSlice, Integer.MAX_VALUE, false);
  }
}
