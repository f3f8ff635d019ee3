package org.secsearch.web.web;

import java.util.ArrayList;
import java.util.List;

/** An RFC 4180 reader for tests: quoted cells may hold commas, quotes and line breaks; rows end with CRLF. */
final class Csv {
  private Csv() {}

  /** The data rows (the header row dropped). */
  static List<List<String>> parse(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c != '"') cell.append(c);
        else if (i + 1 < text.length() && text.charAt(i + 1) == '"') cell.append(text.charAt(++i));
        else quoted = false;
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        cell.append(c);
      }
    }
    return rows.subList(1, rows.size());
  }
}
