package org.secsearch.web.search;

import java.io.IOException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.TopDocs;

/**
 * The phrase-proximity boost, applied by re-ranking: the first {@value #WINDOW} hits by BM25 (or as many as the
 * page needs) are scored again with the sloppy phrase and re-sorted, score = BM25 + phrase score. Evaluating the
 * phrase on every match instead costs a quarter of a search's time at 100k reports; a report outside the window
 * cannot climb into it, the usual trade of re-ranking (Solr's rerank, Anserini's RM3 and BM25+prox do the same).
 */
final class Proximity {
  /** Hits re-ranked: many times a page, so the first pages are ordered as a full evaluation would order them. */
  static final int WINDOW = 400;

  private Proximity() {}

  /** How many hits the first pass must collect for the first {@code n} to be re-ranked well. */
  static int firstPass(Query proximity, int n) {
    return proximity == null ? n : Math.max(n, WINDOW);
  }

  /** The first {@code n} of {@code first} after re-ranking; the first pass's total is kept. */
  static TopDocs rerank(IndexSearcher searcher, TopDocs first, Query proximity, int n) throws IOException {
    if (proximity == null) return first;
    TopDocs reranked = QueryRescorer.rescore(searcher, first, proximity, 1.0, n);
    return new TopDocs(first.totalHits, reranked.scoreDocs);
  }
}
