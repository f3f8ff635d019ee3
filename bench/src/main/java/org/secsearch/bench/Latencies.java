package org.secsearch.bench;

import java.util.Arrays;

/**
 * What one measured run produced: every query's latency, the failures and the wall time, read as percentiles
 * (nearest rank) and throughput.
 *
 * @param nanos latency of every measured execution, failures included
 * @param errors executions that failed (an exception, or an HTTP status other than 200)
 * @param firstError what the first failure said, or null
 */
public record Latencies(long[] nanos, int errors, String firstError, long wallNanos) {
  public Latencies {
    nanos = nanos.clone();
    Arrays.sort(nanos);
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
