package org.secsearch.indexer.enrich;

/**
 * A per-thread memo from a word as written to what a tokenizer derives from it (its folded key, its shape), so the
 * words a language keeps repeating are cut and folded once per thread rather than once per occurrence. Direct-mapped
 * and bounded: a word whose slot another word took is simply derived again.
 */
final class WordMemo<V> {
  private static final int SLOTS = 1 << 14;

  private final String[] words = new String[SLOTS];
  private final Object[] values = new Object[SLOTS];
  private final int[] hashes = new int[SLOTS];

  /** Hash of {@code text[start, end)}, equal to {@code text.substring(start, end).hashCode()}. */
  static int hash(String text, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) h = 31 * h + text.charAt(i);
    return h;
  }

  /** What was derived from the word {@code text[start, end)} with hash {@code hash}, or null if not memoised. */
  @SuppressWarnings("unchecked")
  V get(String text, int start, int end, int hash) {
    int slot = slot(hash);
    String w = words[slot];
    if (w == null || hashes[slot] != hash || w.length() != end - start || !text.regionMatches(start, w, 0, w.length())) {
      return null;
    }
    return (V) values[slot];
  }

  /** Remembers what was derived from {@code word}. */
  void put(String word, int hash, V value) {
    int slot = slot(hash);
    words[slot] = word;
    hashes[slot] = hash;
    values[slot] = value;
  }

  private static int slot(int hash) {
    return (hash ^ (hash >>> 14)) & (SLOTS - 1);
  }
}
