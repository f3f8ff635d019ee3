package org.secsearch.indexer.generate.synthetic;

import java.util.ArrayList;
import java.util.List;

/**
 * An invented outlet that publishes synthetic reports (outlets.tsv).
 *
 * @param name the outlet's name, as in meta tags and the publication line
 * @param host its web host under .example, for canonical URLs
 * @param bulletin true for a periodical whose reports carry volume and issue numbers
 */
record Outlet(String name, String host, boolean bulletin) {
  static final String RESOURCE = "outlets.tsv";

  /** The outlets in rank order. */
  static List<Outlet> load() {
    List<Outlet> outlets = new ArrayList<>();
    for (String[] row : ResourceSections.rows(RESOURCE, 3)) {
      if (!row[2].equals("news") && !row[2].equals("bulletin")) {
        throw new IllegalStateException(RESOURCE + ": kind must be news or bulletin, not '" + row[2] + "'");
      }
      outlets.add(new Outlet(row[0], row[1], row[2].equals("bulletin")));
    }
    return outlets;
  }
}
