package org.secsearch.web.search;

import java.util.List;

/**
 * One report in a result list.
 *
 * @param date ISO date with its precision, or "" when unknown; {@link #dateLabel()} writes it out
 * @param indexedAtMillis when the report was (re)indexed: what "new" means to a feed reader
 * @param snippet the best passages of the body with the query's words highlighted
 */
public record Hit(String id, String title, String date, String publication, List<String> regions,
    List<String> organizations, String format, long indexedAtMillis, Snippet snippet) {
  public String dateLabel() {
    return DateLabels.of(date);
  }
}
