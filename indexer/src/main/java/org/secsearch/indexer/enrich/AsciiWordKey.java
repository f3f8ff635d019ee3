package org.secsearch.indexer.enrich;

import java.util.Arrays;
import java.util.Collection;

/**
 * A short ASCII word, case folded, packed into a long (5 bits a letter, up to 12 letters), so hot loops can
 * look words up in a fixed list without making a String for every word of a report.
 */
final class AsciiWordKey {
  static final int MAX_LETTERS = 12;

  private AsciiWordKey() {}

  /** The key of text[from, to), or -1 when it is longer than 12 letters or not all ASCII letters. */
  static long of(CharSequence text, int from, int to) {
    if (to - from > MAX_LETTERS || to <= from) return -1;
    long key = 0;
    for (int i = from; i < to; i++) {
      int c = text.charAt(i) | 0x20;
      if (c < 'a' || c > 'z') return -1;
      key = (key << 5) | (c - 'a' + 1);
    }
    return key;
  }

  /** Sorted keys of the words, for {@link #contains}. */
  static long[] sortedKeys(Collection<String> words) {
    long[] keys = words.stream().mapToLong(w -> of(w, 0, w.length())).toArray();
    if (Arrays.stream(keys).anyMatch(k -> k < 0)) throw new IllegalArgumentException("not short ASCII words: " + words);
    Arrays.sort(keys);
    return keys;
  }

  static boolean contains(long[] sortedKeys, long key) {
    return key >= 0 && Arrays.binarySearch(sortedKeys, key) >= 0;
  }
}
