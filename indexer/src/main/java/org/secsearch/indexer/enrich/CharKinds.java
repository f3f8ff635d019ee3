package org.secsearch.indexer.enrich;

/**
 * The character classes of {@link Character}, with ASCII (nearly every character of a report) answered without a
 * table lookup: the taggers' scanners ask them of every character they read.
 */
final class CharKinds {
  private CharKinds() {}

  static boolean isLetter(char c) {
    return c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
  }

  static boolean isDigit(char c) {
    return c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c);
  }

  static boolean isLetterOrDigit(char c) {
    return c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9' : Character.isLetterOrDigit(c);
  }

  static boolean isLowerCase(char c) {
    return c < 128 ? c >= 'a' && c <= 'z' : Character.isLowerCase(c);
  }

  static boolean isUpperCase(char c) {
    return c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
  }
}
