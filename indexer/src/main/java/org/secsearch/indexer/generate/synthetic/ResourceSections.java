package org.secsearch.indexer.generate.synthetic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.secsearch.indexer.enrich.ResourceLines;

/**
 * Reads the generator's resource files (next to this class): blank lines and lines starting with '#' are
 * dropped; in sectioned files a line "[name]" opens a section; in tables a row is split at tabs.
 */
final class ResourceSections {
  private ResourceSections() {}

  /** The lines of each section, in file order; lines before the first header are an error. */
  static Map<String, List<String>> sections(String resource) {
    Map<String, List<String>> sections = new LinkedHashMap<>();
    List<String> current = null;
    int number = 0;
    for (String line : lines(resource)) {
      number++;
      String entry = line.strip();
      if (entry.isEmpty() || entry.startsWith("#")) {
        continue;
      }
      if (entry.startsWith("[") && entry.endsWith("]")) {
        current = sections.computeIfAbsent(entry.substring(1, entry.length() - 1).strip(), k -> new ArrayList<>());
      } else if (current == null) {
        throw new IllegalStateException(resource + ":" + number + ": entry before the first [section] header");
      } else {
        current.add(entry);
      }
    }
    return sections;
  }

  /** The tab-separated rows of a table, each with at least {@code columns} cells ("" for missing ones). */
  static List<String[]> rows(String resource, int columns) {
    List<String[]> rows = new ArrayList<>();
    for (String line : lines(resource)) {
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      String[] row = new String[Math.max(columns, cells.length)];
      for (int i = 0; i < row.length; i++) {
        row[i] = i < cells.length ? cells[i].strip() : "";
      }
      rows.add(row);
    }
    return rows;
  }

  private static List<String> lines(String resource) {
    String absolute = resource.startsWith("/") ? resource
        : "/" + ResourceSections.class.getPackageName().replace('.', '/') + "/" + resource;
    return ResourceLines.rawLines(absolute);
  }
}
