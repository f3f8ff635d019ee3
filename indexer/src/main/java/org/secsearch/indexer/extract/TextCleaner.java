package org.secsearch.indexer.extract;

/** Normalises extracted text: no NULs or stray controls, no trailing blanks, at most one empty line in a row. */
final class TextCleaner {
  private TextCleaner() {}

  static String clean(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    int newlines = 0;
    int lineStart = 0;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\r') continue;
      if (c == '\n') {
        trimTrailing(out, lineStart);
        if (newlines < 2 && out.length() > 0) out.append('\n');
        newlines++;
        lineStart = out.length();
        continue;
      }
      if (c == '\u0000' || (Character.getType(c) == Character.CONTROL && c != '\t')) continue;
      if (c == '\u00A0') c = ' ';
      newlines = 0;
      out.append(c);
    }
    trimTrailing(out, lineStart);
    while (out.length() > 0 && out.charAt(out.length() - 1) == '\n') out.setLength(out.length() - 1);
    return out.toString();
  }

  private static void trimTrailing(StringBuilder out, int lineStart) {
    while (out.length() > lineStart && Character.isWhitespace(out.charAt(out.length() - 1))
        && out.charAt(out.length() - 1) != '\n') {
      out.setLength(out.length() - 1);
    }
  }
}
