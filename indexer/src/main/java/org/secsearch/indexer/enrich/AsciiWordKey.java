package org.secsearch.indexer.enrich;

import java.util.Collection;
import java.util.Map;

/**
 * A short ASCII word, case folded, packed into a long (5 bits a letter, up to 12 letters), so hot loops can
 * look words up in a fixed list without making a String for every word of a report.
 */
final class AsciiWordKey {
  static final int MAX_LETTERS = 12;

  private AsciiWordKey() {}

  /** The key of text[from, to), or -1 when it is longer than 12 letters or not all ASCII letters. */
  static long of(char[] text, int from, int to) {
    if (to - from > MAX_LETTERS || to <= from) return -1;
    long key = 0;
    for (int i = from; i < to; i++) {
      int c = text[i] | 0x20;
      if (c < 'a' || c > 'z') return -1;
      key = (key << 5) | (c - 'a' + 1);
    }
    return key;
  }

  /** A fixed set of short words, each with a non-zero int value, looked up by key in a probe or two. */
  static final class Table {
    /** Open addressing, at most a quarter full; 0 marks an empty slot (every word's key is positive). */
    private final long[] keys;
    private final int[] values;

    /** Words with their values (each value non-zero). */
    Table(Map<String, Integer> words) {
      int capacity = Integer.highestOneBit(Math.max(4, words.size()) * 8 - 1);
      keys = new long[capacity];
      values = new int[capacity];
      words.forEach((word, value) -> {
        long key = AsciiWordKey.of(word.toCharArray(), 0, word.length());
        if (key < 0 || value == 0) throw new IllegalArgumentException("not a short ASCII word with a value: " + word);
        int s = slot(key);
        while (keys[s] != 0 && keys[s] != key) s = (s + 1) & (keys.length - 1);
        keys[s] = key;
        values[s] = value;
      });
    }

    /** The words, each with value 1. */
    static Table of(Collection<String> words) {
      Map<String, Integer> ones = new java.util.HashMap<>();
      for (String w : words) ones.put(w, 1);
      return new Table(ones);
    }

    /** The value of the word with this key, or 0 when it is none of the table's (or the key is -1). */
    int get(long key) {
      if (key <= 0) return 0;
      for (int s = slot(key); ; s = (s + 1) & (keys.length - 1)) {
        long k = keys[s];
        if (k == key) return values[s];
        if (k == 0) return 0;
      }
    }

    boolean contains(long key) {
      return get(key) != 0;
    }

    private int slot(long key) {
      return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & (keys.length - 1);
    }
  }
}
