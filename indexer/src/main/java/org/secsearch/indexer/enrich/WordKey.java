package org.secsearch.indexer.enrich;

import java.util.Arrays;

/**
 * A word's folded key as a tokenizer builds it, a character at a time, in a reused array: a document's interner
 * finds the word by these characters and makes a String only for a word the document has not used before.
 */
final class WordKey implements CharSequence {
  private char[] chars = new char[32];
  private int length;

  void clear() {
    length = 0;
  }

  void append(char c) {
    if (length == chars.length) {
      chars = Arrays.copyOf(chars, length * 2);
    }
    chars[length++] = c;
  }

  void append(String s) {
    for (int k = 0; k < s.length(); k++) {
      append(s.charAt(k));
    }
  }

  /** Drops characters from the end, down to {@code newLength}. */
  void truncate(int newLength) {
    length = newLength;
  }

  @Override
  public int length() {
    return length;
  }

  @Override
  public char charAt(int index) {
    return chars[index];
  }

  /** The array the characters are kept in (its first {@link #length} are the key's). */
  char[] buffer() {
    return chars;
  }

  /** The {@link String#hashCode} of these characters. */
  int hash() {
    return StringHash.extend(0, this, 0, length);
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return new String(chars, start, end - start);
  }

  @Override
  public String toString() {
    return new String(chars, 0, length);
  }
}
