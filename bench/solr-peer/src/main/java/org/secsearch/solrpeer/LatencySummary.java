package org.secsearch.solrpeer;

import java.util.Arrays;

/** Percentiles and throughput of a measured run, in the units of results.jsonl (milliseconds, queries/s). */
public record LatencySummary(int queries, double p50Ms, double p95Ms, double p99Ms, double qps) {

  /** Summarises all latencies of a run; percentiles by nearest rank over the pooled latencies. */
  public static LatencySummary of(MixRunner.Outcome o) {
    long[] all = Arrays.stream(o.nanos()).flatMapToLong(Arrays::stream).sorted().toArray();
    if (all.length == 0) throw new IllegalArgumentException("no measured queries");
    double seconds = o.wallNanos() / 1e9;
    return new LatencySummary(all.length, ms(rank(all, 0.50)), ms(rank(all, 0.95)), ms(rank(all, 0.99)),
        seconds == 0 ? 0 : all.length / seconds);
  }

  /** The nearest-rank percentile: the smallest value with at least {@code p} of the values at or below it. */
  static long rank(long[] sorted, double p) {
    int i = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }
}
