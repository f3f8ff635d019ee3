package org.secsearch.indexer.generate;

import java.time.LocalDate;

/** Escaping and date spelling shared by the XML-based writers (HTML, DOCX, ODT) and the synthetic corpus. */
public final class Markup {
  private Markup() {}

  /** Escapes text for XML element content and double-quoted attributes; drops characters XML 1.0 forbids. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> {
          // Control characters other than tab/newline make an XML parser reject the whole file.
          if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /** Midnight UTC of the date as W3C date-time ("2015-03-03T00:00:00Z"), the form OOXML and ODF metadata expect. */
  static String dateTime(LocalDate date) {
    return date + "T00:00:00Z";
  }

  /** An XML element with escaped text, or nothing when the value is absent. */
  static String element(String name, String value) {
    return value == null ? "" : "<" + name + ">" + escape(value) + "</" + name + ">";
  }
}
