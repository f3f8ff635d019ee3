package org.secsearch.solrpeer;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Percentiles and throughput of a measured run in the units of results.jsonl (milliseconds, queries/s), and each
 * query's median by name in mix order (the optional {@code per_query_p50_ms}).
 */
public record LatencySummary(int queries, double p50Ms, double p95Ms, double p99Ms, double qps,
    Map<String, Double> perQueryP50Ms) {

  public LatencySummary {
    perQueryP50Ms = Collections.unmodifiableMap(new LinkedHashMap<>(perQueryP50Ms));
  }

  /** Summarises all latencies of a run; percentiles by nearest rank over the pooled latencies. */
  public static LatencySummary of(MixRunner.Outcome o) {
    long[] all = Arrays.stream(o.nanos()).flatMapToLong(Arrays::stream).sorted().toArray();
    if (all.length == 0) throw new IllegalArgumentException("no measured queries");
    Map<String, Double> perQuery = new LinkedHashMap<>();
    for (int i = 0; i < o.mix().size(); i++) {
      perQuery.put(o.mix().get(i).name(), ms(rank(Arrays.stream(o.nanos()[i]).sorted().toArray(), 0.50)));
    }
    double seconds = o.wallNanos() / 1e9;
    return new LatencySummary(all.length, ms(rank(all, 0.50)), ms(rank(all, 0.95)), ms(rank(all, 0.99)),
        seconds == 0 ? 0 : all.length / seconds, perQuery);
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
