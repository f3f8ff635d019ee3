package org.secsearch.indexer.enrich;

import java.util.Arrays;

/**
 * One String per distinct word key of a document: a report repeats its words ("the" eighty times), so each
 * repetition shares the first one's String and cached hash, and a small id by which a tagger remembers what it
 * learnt about the word (is it the start of an alias?) instead of asking a large table again. One per document.
 */
final class WordInterner {
  private String[] slots;
  private int[] slotIds;
  private String[] words;
  /** The slot of each id's word, so {@link #clear} empties only the slots in use. */
  private int[] slotOf;
  private int size;

  WordInterner(int expectedWords) {
    int capacity = Integer.highestOneBit(Math.max(16, expectedWords) * 2 - 1) * 2; // at most half full
    slots = new String[capacity];
    slotIds = new int[capacity];
    words = new String[Math.max(16, expectedWords)];
    slotOf = new int[words.length];
  }

  /** Forgets every word, keeping the tables for the next document. */
  void clear() {
    for (int id = 0; id < size; id++) {
      slots[slotOf[id]] = null;
    }
    size = 0;
  }

  /** Id of the word spelled by {@code key}'s characters, adding it when new. */
  int intern(WordKey key) {
    int h = key.hash();
    int mask = slots.length - 1;
    for (int slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
      String s = slots[slot];
      if (s == null) {
        return add(slot, key.toString());
      }
      if (s.hashCode() == h && s.contentEquals(key)) {
        return slotIds[slot];
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

  private int add(int slot, String word) {
    if (size == words.length) {
      words = Arrays.copyOf(words, size * 2);
      slotOf = Arrays.copyOf(slotOf, size * 2);
    }
    words[size] = word;
    slots[slot] = word;
    slotIds[slot] = size;
    slotOf[size] = slot;
    if (++size * 2 > slots.length) {
      rehash();
    }
    return size - 1;
  }

  private void rehash() {
    slots = new String[slots.length * 2];
    slotIds = new int[slots.length];
    int mask = slots.length - 1;
    for (int id = 0; id < size; id++) {
      int slot = spread(words[id].hashCode()) & mask;
      while (slots[slot] != null) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = words[id];
      slotIds[slot] = id;
      slotOf[id] = slot;
    }
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }
}
