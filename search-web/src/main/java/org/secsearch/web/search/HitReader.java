package org.secsearch.web.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.secsearch.indexer.enrich.FormatNames;
import org.secsearch.indexer.schema.Fields;

/** Turns a page of matching documents into {@link Hit}s: stored metadata plus highlighted body snippets. */
final class HitReader {
  private static final int PASSAGES = 2;
  /** Everything a hit shows except the body, which only the highlighter reads. */
  private static final Set<String> FIELDS = Set.of(Fields.ID, Fields.PATH, Fields.TITLE, Fields.DATE,
      Fields.PUBLICATION, Fields.REGIONS, Fields.ORGANIZATIONS, Fields.CONTENT_TYPE, Fields.INDEXED_AT);

  /**
   * @param query the text query whose words to highlight; null for no query (snippets are the opening lines)
   * @param snippets whether to highlight at all (a CSV export needs no snippets)
   */
  List<Hit> read(IndexSearcher searcher, ScoreDoc[] docs, Query query, boolean snippets) throws IOException {
    Snippet[] excerpts = snippets && docs.length > 0 ? highlight(searcher, docs, query) : null;
    StoredFields stored = searcher.storedFields();
    List<Hit> hits = new ArrayList<>(docs.length);
    for (int i = 0; i < docs.length; i++) {
      Document d = stored.document(docs[i].doc, FIELDS);
      Snippet snippet = excerpts == null ? Snippet.NONE : excerpts[i];
      hits.add(new Hit(d.get(Fields.ID), title(d), nz(d.get(Fields.DATE)), nz(d.get(Fields.PUBLICATION)),
          StoredFacets.all(d, Fields.REGIONS), StoredFacets.all(d, Fields.ORGANIZATIONS),
          FormatNames.of(d.get(Fields.CONTENT_TYPE)), millis(d), snippet));
    }
    return hits;
  }

  private static Snippet[] highlight(IndexSearcher searcher, ScoreDoc[] docs, Query query) throws IOException {
    int[] ids = new int[docs.length];
    for (int i = 0; i < docs.length; i++) ids[i] = docs[i].doc;
    // without a query there is nothing to find: the opening passage says what the report is about
    return SegmentHighlighter.forSnippets(searcher).snippets(query, ids, query == null ? 1 : PASSAGES);
  }

  static long millis(Document d) {
    IndexableField f = d.getField(Fields.INDEXED_AT);
    return f == null ? 0 : f.numericValue().longValue();
  }

  /** The title, or the file name when extraction found none. */
  static String title(Document d) {
    String t = d.get(Fields.TITLE);
    if (t != null && !t.isBlank()) return t.strip();
    String path = nz(d.get(Fields.PATH));
    return path.substring(path.lastIndexOf('/') + 1);
  }

  static String nz(String s) {
    return s == null ? "" : s;
  }
}
