package org.secsearch.indexer.enrich;

/**
 * A text's characters in a per-thread array, for a scanner that reads every character within one call and keeps
 * nothing (a String checks its encoding at every charAt; a fresh array per report is allocation the next report
 * pays for). The array is reused by the thread's next call: a caller must not hold it, nor call a scanner that
 * uses it while reading it.
 */
final class ScanBuffer {
  private ScanBuffer() {}

  /**
   * Longest text whose arrays a thread keeps for its next text, here and in {@link Spares} (a huge file's would hold
   * megabytes).
   */
  static final int KEEP_CHARS = 5 << 16;
  private static final ThreadLocal<char[]> BUFFERS = ThreadLocal.withInitial(() -> new char[1 << 14]);

  /** The first {@code text.length()} characters of the returned array are the text's (any after them are stale). */
  static char[] of(CharSequence text) {
    return of(text, text.length());
  }

  /** The first {@code n} characters of the returned array are the text's first {@code n}. */
  static char[] of(CharSequence text, int n) {
    char[] b = BUFFERS.get();
    if (b.length < n) {
      b = new char[n];
      if (n <= KEEP_CHARS) BUFFERS.set(b);
    }
    text.toString().getChars(0, n, b, 0);
    return b;
  }

  /** {@code text}'s characters at the start of {@code buffer}, or of a new array when it is too short. */
  static char[] copy(String text, char[] buffer) {
    char[] b = buffer.length < text.length() ? new char[text.length()] : buffer;
    text.getChars(0, text.length(), b, 0);
    return b;
  }
}
