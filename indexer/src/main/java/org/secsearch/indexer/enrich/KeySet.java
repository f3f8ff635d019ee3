package org.secsearch.indexer.enrich;

import java.util.HashSet;
import java.util.Set;

/**
 * A set of lookup keys asked mostly about words it does not hold (is this word the start of some name?): a bit per
 * hash slot, small enough to stay in the processor's cache, answers most such questions before the hash set is
 * touched. The answers are the set's own.
 */
final class KeySet {
  private static final int BITS = 1 << 21;

  private final Set<String> keys = new HashSet<>();
  private final long[] seen = new long[BITS / 64];

  void add(String key) {
    keys.add(key);
    int slot = slot(key.hashCode());
    seen[slot >>> 6] |= 1L << slot;
  }

  boolean contains(String key) {
    return mayContain(key.hashCode()) && keys.contains(key);
  }

  /** False when no key has this {@link String#hashCode}; true when one may (or another shares its slot). */
  boolean mayContain(int hashCode) {
    int slot = slot(hashCode);
    return (seen[slot >>> 6] & (1L << slot)) != 0;
  }

  int size() {
    return keys.size();
  }

  private static int slot(int hashCode) {
    int h = hashCode * 0x9E3779B9; // spreads the hash's low bits, which short keys leave alike
    return h >>> (32 - 21);
  }
}
