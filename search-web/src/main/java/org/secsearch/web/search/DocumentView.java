package org.secsearch.web.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.secsearch.indexer.schema.FacetDim;

/**
 * A report as its own page shows it: metadata, its facet values (each a link to a filtered search) and the full
 * text with the query's words highlighted and numbered.
 *
 * @param facets per dimension, the report's values (full paths), in dimension order
 * @param hits how many highlighted runs {@code text} has
 * @param original whether the original file can be downloaded (the server knows the corpus folder)
 */
public record DocumentView(String id, String title, String path, String publication, String volume, String issue,
    String author, String date, String dateSource, String format, String contentType, String language, int chars,
    String status, Instant indexedAt, Map<FacetDim, List<String>> facets, List<Segment> text, int hits,
    boolean original) {
  public String dateLabel() {
    return DateLabels.of(date);
  }

  /** The file name part of the corpus path, for the download. */
  public String fileName() {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
