package org.secsearch.web.search;

import java.util.List;

/** A highlighted excerpt of a report: its text as {@link Segment}s, in order. */
public record Snippet(List<Segment> segments) {
  public static final Snippet NONE = new Snippet(List.of());

  /** The excerpt as HTML for API clients and feeds: the text escaped first, then hits wrapped in {@code <mark>}. */
  public String html() {
    StringBuilder sb = new StringBuilder();
    for (Segment s : segments) {
      if (s.isHit()) sb.append("<mark>");
      escape(s.text(), sb);
      if (s.isHit()) sb.append("</mark>");
    }
    return sb.toString();
  }

  public String text() {
    StringBuilder sb = new StringBuilder();
    for (Segment s : segments) sb.append(s.text());
    return sb.toString();
  }

  static void escape(String text, StringBuilder out) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
  }
}
