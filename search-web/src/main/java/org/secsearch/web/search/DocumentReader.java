package org.secsearch.web.search;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.secsearch.indexer.enrich.FormatNames;
import org.secsearch.indexer.schema.Fields;

/** Reads one report for its page: stored metadata and the full text with every match of the query numbered. */
final class DocumentReader {
  /** The Lucene doc number of the report with this id, or -1. */
  static int docId(IndexSearcher searcher, String id) throws IOException {
    TopDocs td = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
    return td.scoreDocs.length == 0 ? -1 : td.scoreDocs[0].doc;
  }

  /**
   * @param query the search's text query, whose matches are highlighted; null for none
   * @param original whether the original file is available for download
   */
  static Optional<DocumentView> read(IndexSearcher searcher, String id, Query query, boolean original)
      throws IOException {
    int docId = docId(searcher, id);
    if (docId < 0) return Optional.empty();
    Document d = searcher.storedFields().document(docId);
    String body = HitReader.nz(d.get(Fields.BODY));
    List<Segment> text = query == null ? List.of(new Segment(body, 0)) : highlight(searcher, docId, query, body);
    int hits = (int) text.stream().filter(Segment::isHit).count();
    long indexed = HitReader.millis(d);
    Map<org.secsearch.indexer.schema.FacetDim, List<String>> facets = StoredFacets.of(d);
    return Optional.of(new DocumentView(id, HitReader.title(d), HitReader.nz(d.get(Fields.PATH)),
        d.get(Fields.PUBLICATION), d.get(Fields.VOLUME), d.get(Fields.ISSUE), d.get(Fields.AUTHOR),
        HitReader.nz(d.get(Fields.DATE)), d.get(Fields.DATE_SOURCE), FormatNames.of(d.get(Fields.CONTENT_TYPE)),
        d.get(Fields.CONTENT_TYPE), d.get(Fields.LANGUAGE), body.length(), d.get(Fields.STATUS),
        indexed == 0 ? null : Instant.ofEpochMilli(indexed), facets, text, hits,
        original));
  }

  /** The whole body as one passage, so every match is marked, numbered in reading order. */
  private static List<Segment> highlight(IndexSearcher searcher, int docId, Query query, String body)
      throws IOException {
    Snippet s = SegmentHighlighter.forWholeText(searcher, body.length()).snippets(query, new int[] {docId}, 1)[0];
    return s.segments().isEmpty() ? List.of(new Segment(body, 0)) : s.segments();
  }
}
