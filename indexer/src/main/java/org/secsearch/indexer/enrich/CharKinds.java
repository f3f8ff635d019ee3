package org.secsearch.indexer.enrich;

/**
 * The character classes of {@link Character}, with ASCII (nearly every character of a report) answered without a
 * table lookup: the taggers' scanners ask them of every character they read.
 */
final class CharKinds {
  private CharKinds() {}

  /** Bits of {@link #ascii}: a letter, a digit, an upper-case letter, a lower-case letter. */
  static final int LETTER = 1, DIGIT = 2, UPPER = 4, LOWER = 8;
  private static final byte[] ASCII = new byte[128];

  static {
    for (char c = '0'; c <= '9'; c++) ASCII[c] = DIGIT;
    for (char c = 'A'; c <= 'Z'; c++) ASCII[c] = LETTER | UPPER;
    for (char c = 'a'; c <= 'z'; c++) ASCII[c] = LETTER | LOWER;
  }

  /**
   * What an ASCII character ({@code c < 128}) is, in the bits above; 0 for neither letter nor digit. One load answers
   * the scanners' several questions about a character, and counting by its bits needs no branch on case.
   */
  static int ascii(char c) {
    return ASCII[c];
  }

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
