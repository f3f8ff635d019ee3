package org.secsearch.indexer.enrich;

/**
 * {@link String#hashCode} of characters not (yet) made into a String: a word cut from a text, or a key growing in a
 * builder, so a hash-filtered set ({@link KeySet#mayContain}) can turn a key away before the string exists.
 */
final class StringHash {
  private StringHash() {}

  /** The hash of a string that has {@code hash} for its first part, continued by {@code s[from, to)}. */
  static int extend(int hash, CharSequence s, int from, int to) {
    for (int k = from; k < to; k++) {
      hash = 31 * hash + s.charAt(k);
    }
    return hash;
  }
}
