package org.secsearch.indexer.enrich;

import java.util.Arrays;

/**
 * One String per distinct word key of a document: a report repeats its words ("the" eighty times), so each
 * repetition shares the first one's String and cached hash, and a small id by which a tagger remembers what it
 * learnt about the word (is it the start of an alias?) instead of asking a large table again. One per document.
 * A word is found by its hash, kept in the table, and its characters, kept end to end in one array: finding a
 * repeated word reads neither its String nor its bytes, which lie anywhere in the heap.
 */
final class WordInterner {
  /** Per slot: 1 + the id of its word, 0 when empty. */
  private int[] slotIds;
  /** Per slot: its word's hash. */
  private int[] slotHashes;
  private String[] words;
  /** The slot of each id's word, so {@link #clear} empties only the slots in use. */
  private int[] slotOf;
  /** The words' characters end to end: id i's are [charStart[i], charStart[i + 1]). */
  private char[] pool;
  private int[] charStart;
  private int size;

  WordInterner(int expectedWords) {
    int capacity = Integer.highestOneBit(Math.max(16, expectedWords) * 2 - 1) * 2; // at most half full
    slotIds = new int[capacity];
    slotHashes = new int[capacity];
    words = new String[Math.max(16, expectedWords)];
    slotOf = new int[words.length];
    charStart = new int[words.length + 1];
    pool = new char[words.length * 8];
  }

  /** Forgets every word, keeping the tables for the next document. */
  void clear() {
    for (int id = 0; id < size; id++) {
      slotIds[slotOf[id]] = 0;
    }
    size = 0;
  }

  /** Id of the word spelled by {@code key}'s characters, adding it when new. */
  int intern(WordKey key) {
    int h = key.hash();
    int mask = slotIds.length - 1;
    char[] chars = key.buffer();
    int length = key.length();
    for (int slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
      int id = slotIds[slot] - 1;
      if (id < 0) {
        return add(slot, h, chars, length);
      }
      if (slotHashes[slot] == h
          && Arrays.equals(pool, charStart[id], charStart[id + 1], chars, 0, length)) {
        return id;
      }
    }
  }

  /** Id of {@code word}, adding it when new. */
  int intern(String word) {
    WordKey key = new WordKey();
    key.append(word);
    return intern(key);
  }

  /** The word of an id. */
  String word(int id) {
    return words[id];
  }

  /** How many distinct words: ids run from 0 below this. */
  int size() {
    return size;
  }

  private int add(int slot, int hash, char[] chars, int length) {
    if (size == words.length) {
      words = Arrays.copyOf(words, size * 2);
      slotOf = Arrays.copyOf(slotOf, size * 2);
      charStart = Arrays.copyOf(charStart, size * 2 + 1);
    }
    int from = charStart[size];
    if (from + length > pool.length) {
      pool = Arrays.copyOf(pool, Math.max(pool.length * 2, from + length));
    }
    System.arraycopy(chars, 0, pool, from, length);
    charStart[size + 1] = from + length;
    words[size] = new String(chars, 0, length);
    slotIds[slot] = size + 1;
    slotHashes[slot] = hash;
    slotOf[size] = slot;
    if (++size * 2 > slotIds.length) {
      rehash();
    }
    return size - 1;
  }

  private void rehash() {
    int[] oldHashes = slotHashes;
    int[] oldIds = slotIds;
    slotIds = new int[oldIds.length * 2];
    slotHashes = new int[slotIds.length];
    int mask = slotIds.length - 1;
    for (int old = 0; old < oldIds.length; old++) {
      if (oldIds[old] == 0) {
        continue;
      }
      int slot = spread(oldHashes[old]) & mask;
      while (slotIds[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slotIds[slot] = oldIds[old];
      slotHashes[slot] = oldHashes[old];
      slotOf[oldIds[old] - 1] = slot;
    }
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }
}
