package org.secsearch.web.web;

import java.util.List;
import org.secsearch.web.search.Hit;
import org.secsearch.web.search.SearchState;

/**
 * Writes hits as CSV (RFC 4180: comma-separated, double-quoted where needed, CRLF). Cells that a spreadsheet
 * would run as a formula (starting with = + - @ or a control character) get a leading apostrophe.
 */
final class CsvExport {
  static final String HEADER = "id,title,date,publication,regions,organizations,format,url";

  private CsvExport() {}

  /** @param base the site's origin, so the url column holds links that work from a spreadsheet */
  static String write(List<Hit> hits, SearchState state, String base) {
    StringBuilder sb = new StringBuilder(HEADER).append("\r\n");
    for (Hit h : hits) {
      row(sb, h.id(), h.title(), h.date(), h.publication(), String.join("; ", h.regions()),
          String.join("; ", h.organizations()), h.format(), base + state.withPage(1).docHref(h.id()));
    }
    return sb.toString();
  }

  private static void row(StringBuilder sb, String... cells) {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) sb.append(',');
      sb.append(cell(cells[i]));
    }
    sb.append("\r\n");
  }

  static String cell(String raw) {
    String v = raw == null ? "" : raw;
    if (!v.isEmpty() && ("=+-@".indexOf(v.charAt(0)) >= 0 || v.charAt(0) < ' ')) v = "'" + v;
    if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) return v;
    return '"' + v.replace("\"", "\"\"") + '"';
  }
}
