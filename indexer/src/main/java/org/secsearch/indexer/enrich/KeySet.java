package org.secsearch.indexer.enrich;

/**
 * A filter over a set of lookup keys, asked mostly about words it does not hold (is this word the start of some
 * name?), built to stay in the processor's cache, which Lucene's indexing on the same core keeps emptying. Two bit
 * tables, no keys: one bit per {@link String#hashCode} slot, so an n-gram can be turned away before its String is
 * built ({@link #mayContain}); then two bits chosen by a 64-bit fingerprint of the key, sixteen bits per key. A key
 * that was added is always found. A key that was not is let through about once in a thousand questions (the
 * first table sets a bit per key among sixteen or more, the second lets about 1.4 % through); every set that uses
 * this is a filter before an exact lookup (the names themselves are in a map), where such a yes costs one lookup
 * more and changes no answer. A {@code HashSet<String>} in its place took four trips to memory per key found (table, entry, String,
 * characters), and the indexer spent a tenth of its enrichment time on them.
 */
final class KeySet {
  private static final int CONFIRM_BITS_PER_KEY = 16;

  /** log2 of the bits in {@link #seen}. */
  private final int bits;
  private final long[] seen;
  /** The fingerprints of the distinct keys added, by open addressing (0 = empty): kept to rebuild the bits below. */
  private long[] prints = new long[1 << 10];
  private int size;
  /** Two bits per key by fingerprint, sized for twice the keys the fingerprint table can hold before it grows. */
  private long[] confirm = new long[prints.length * CONFIRM_BITS_PER_KEY / 2 / 64];

  /**
   * A set for about {@code expectedKeys} keys: the hash-slot table gets some sixteen bits per key (at most two
   * million), so it turns away nearly every absent key while staying as small as the set allows.
   */
  KeySet(int expectedKeys) {
    bits = Math.min(21, Math.max(10, 32 - Integer.numberOfLeadingZeros(Math.max(1, expectedKeys) * 16 - 1)));
    seen = new long[(1 << bits) / 64];
  }

  void add(String key) {
    int slot = slot(key.hashCode());
    seen[slot >>> 6] |= 1L << slot;
    long p = fingerprint(key);
    if (!insert(prints, p)) {
      return;
    }
    size++;
    if (size * 2 > prints.length) {
      long[] old = prints;
      prints = new long[old.length * 2];
      confirm = new long[prints.length * CONFIRM_BITS_PER_KEY / 2 / 64];
      for (long q : old) {
        if (q != 0) {
          insert(prints, q);
          setConfirm(q);
        }
      }
    } else {
      setConfirm(p);
    }
  }

  /** True when the key was added; for a key that was not, true about once in a thousand questions (see above). */
  boolean contains(String key) {
    if (!mayContain(key.hashCode())) {
      return false;
    }
    long p = fingerprint(key);
    return isSet(confirmBit(p, 0)) && isSet(confirmBit(p, 1));
  }

  /** False when no key has this {@link String#hashCode}; true when one may (or another shares its slot). */
  boolean mayContain(int hashCode) {
    int slot = slot(hashCode);
    return (seen[slot >>> 6] & (1L << slot)) != 0;
  }

  /** How many distinct keys were added. */
  int size() {
    return size;
  }

  private void setConfirm(long p) {
    for (int half = 0; half < 2; half++) {
      int bit = confirmBit(p, half);
      confirm[bit >>> 6] |= 1L << bit;
    }
  }

  /** The confirm bit chosen by one half (0 or 1) of a fingerprint. */
  private int confirmBit(long p, int half) {
    return (int) (p >>> (32 * half)) & (confirm.length * 64 - 1);
  }

  private boolean isSet(int bit) {
    return (confirm[bit >>> 6] & (1L << bit)) != 0;
  }

  private static boolean insert(long[] table, long p) {
    int mask = table.length - 1;
    for (int i = (int) (p >>> 40) & mask; ; i = (i + 1) & mask) {
      if (table[i] == p) {
        return false;
      }
      if (table[i] == 0) {
        table[i] = p;
        return true;
      }
    }
  }

  /** 64-bit FNV-1a over the key's characters, then a finalizer that spreads every bit; never 0. */
  static long fingerprint(String key) {
    long h = 0xcbf29ce484222325L;
    for (int k = 0; k < key.length(); k++) {
      h = (h ^ key.charAt(k)) * 0x100000001b3L;
    }
    h = (h ^ (h >>> 33)) * 0xff51afd7ed558ccdL;
    h = (h ^ (h >>> 33)) * 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h == 0 ? 1 : h;
  }

  private int slot(int hashCode) {
    int h = hashCode * 0x9E3779B9; // spreads the hash's low bits, which short keys leave alike
    return h >>> (32 - bits);
  }
}
