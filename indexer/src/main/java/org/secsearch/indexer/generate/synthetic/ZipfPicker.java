package org.secsearch.indexer.generate.synthetic;

import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Draws items with Zipf-like weights by rank (item r, counted from 1, has weight 1/r^s), so a few items dominate
 * and a long tail still turns up: how places, groups and words are spread over real reporting.
 */
final class ZipfPicker<T> {
  private final List<T> items;
  private final double[] cumulative;

  private ZipfPicker(List<T> items, double exponent) {
    if (items.isEmpty()) {
      throw new IllegalArgumentException("nothing to pick from");
    }
    this.items = List.copyOf(items);
    this.cumulative = new double[items.size()];
    double sum = 0;
    for (int r = 0; r < cumulative.length; r++) {
      sum += 1.0 / StrictMath.pow(r + 1, exponent); // StrictMath: the same weights on every JVM
      cumulative[r] = sum;
    }
  }

  /** Items in rank order, the first the most frequent; {@code exponent} 0 draws uniformly. */
  static <T> ZipfPicker<T> of(List<T> items, double exponent) {
    return new ZipfPicker<>(items, exponent);
  }

  T pick(RandomGenerator rnd) {
    double u = rnd.nextDouble() * cumulative[cumulative.length - 1];
    int i = Arrays.binarySearch(cumulative, u);
    int rank = i >= 0 ? i + 1 : -i - 1; // the first rank whose cumulative weight exceeds u
    return items.get(Math.min(rank, items.size() - 1));
  }

  /** An item other than {@code not}, unless it is the only one (a few tries, then any). */
  T pickOther(RandomGenerator rnd, T not) {
    for (int attempt = 0; attempt < 8; attempt++) {
      T t = pick(rnd);
      if (!t.equals(not)) {
        return t;
      }
    }
    return pick(rnd);
  }

  List<T> items() {
    return items;
  }
}
