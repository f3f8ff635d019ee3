package org.secsearch.bench;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one measured run produced: every query's latency, the failures and the wall time, read as percentiles
 * (nearest rank) and throughput.
 *
 * @param nanos latency of every measured execution, failures included
 * @param errors executions that failed (an exception, or an HTTP status other than 200)
 * @param firstError what the first failure said, or null
 * @param byQuery median latency in milliseconds of each query of the mix, by name in mix order
 */
public record Latencies(long[] nanos, int errors, String firstError, long wallNanos, Map<String, Double> byQuery) {
  public Latencies {
    nanos = nanos.clone();
    Arrays.sort(nanos);
    byQuery = Collections.unmodifiableMap(new LinkedHashMap<>(byQuery));
  }

  /** From latencies in execution order, where execution {@code i} ran query {@code i % mix size}. */
  static Latencies of(long[] inOrder, List<BenchQuery> mix, int errors, String firstError, long wallNanos) {
    Map<String, Double> byQuery = new LinkedHashMap<>();
    for (int q = 0; q < mix.size(); q++) {
      long[] own = new long[(inOrder.length - q + mix.size() - 1) / mix.size()];
      for (int i = q, k = 0; i < inOrder.length; i += mix.size()) own[k++] = inOrder[i];
      Latencies one = new Latencies(own, 0, null, 0, Map.of());
      byQuery.put(mix.get(q).name(), Math.round(one.percentileMillis(50) * 1000) / 1000.0);
    }
    return new Latencies(inOrder, errors, firstError, wallNanos, byQuery);
  }

  /** The {@code p}-th percentile in milliseconds (nearest rank); 0 when nothing was measured. */
  public double percentileMillis(double p) {
    if (nanos.length == 0) return 0;
    int rank = (int) Math.ceil(p / 100.0 * nanos.length);
    return nanos[Math.max(0, Math.min(nanos.length - 1, rank - 1))] / 1e6;
  }

  /** Executions per second over the wall time of the measured part. */
  public double qps() {
    return wallNanos <= 0 ? 0 : nanos.length / (wallNanos / 1e9);
  }

  public int count() {
    return nanos.length;
  }
}
