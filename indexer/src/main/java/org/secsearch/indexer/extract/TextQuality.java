package org.secsearch.indexer.extract;

/** Tells readable text from binary noise, and spots UTF-16 text that carries no byte-order mark. */
final class TextQuality {
  private TextQuality() {}

  /**
   * Share of characters no reader could want: replacement characters, controls other than line breaks and
   * tabs, unassigned code points, private use and lone surrogates. Random bytes decoded as UTF-16 land all over
   * the BMP (≈ 30 % such characters); decoded as Latin-1 they give ≈ 25 % controls. Real text, in any script,
   * stays near 0 %.
   */
  static double noiseShare(CharSequence text) {
    int n = text.length();
    if (n == 0) return 0;
    int step = Math.max(1, n / 200_000); // a sample suffices for huge texts
    int bad = 0, seen = 0;
    for (int i = 0; i < n; i += step) {
      char c = text.charAt(i);
      seen++;
      if (c == '\n' || c == '\r' || c == '\t') continue;
      int type = Character.getType(c);
      if (c == '\uFFFD'
          || type == Character.CONTROL
          || type == Character.UNASSIGNED
          || type == Character.PRIVATE_USE
          || type == Character.SURROGATE) bad++;
    }
    return (double) bad / seen;
  }

  /** Whether the text has at least one letter or digit (so it is worth indexing at all). */
  static boolean hasContent(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) return true;
    }
    return false;
  }

  /**
   * Guesses UTF-16 without a BOM from the first bytes: one byte of each pair is nearly constant and small
   * (0x00 for Latin text, 0x04 for Cyrillic, 0x06 for Arabic) while the other varies. Returns "UTF-16LE",
   * "UTF-16BE" or null.
   */
  static String utf16WithoutBom(byte[] head, int len) {
    if (len < 16) return null;
    if ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE) || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)) {
      return null; // has a BOM: Tika handles it
    }
    int pairs = len / 2;
    int[] evenHigh = new int[256], oddHigh = new int[256];
    for (int i = 0; i + 1 < len; i += 2) {
      evenHigh[head[i] & 0xFF]++;
      oddHigh[head[i + 1] & 0xFF]++;
    }
    if (dominantSmall(oddHigh, pairs) && !dominantSmall(evenHigh, pairs)) return "UTF-16LE";
    if (dominantSmall(evenHigh, pairs) && !dominantSmall(oddHigh, pairs)) return "UTF-16BE";
    return null;
  }

  private static boolean dominantSmall(int[] counts, int total) {
    int sum = 0;
    for (int b : new int[] {0x00, 0x04, 0x05, 0x06}) sum += counts[b];
    return sum >= total * 0.7 && counts[0x00] + counts[0x04] + counts[0x06] > 0;
  }
}
