package org.secsearch.bench;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * One line of {@code results.jsonl}: a (system, mode, clients) measurement as the interface fixes it.
 *
 * @param heapMb heap in use after a full collection once the run is over; null when the system has no heap
 * @param perQueryP50Ms optional: each query's median, by name, to see which queries cost what; null if absent
 */
public record BenchResult(String system, String mode, int clients, int docs, int queries, int warmup,
    @JsonProperty("p50_ms") double p50Ms, @JsonProperty("p95_ms") double p95Ms,
    @JsonProperty("p99_ms") double p99Ms, double qps, @JsonProperty("heap_mb") Double heapMb, String notes,
    @JsonProperty("per_query_p50_ms") @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Double> perQueryP50Ms) {

  /** The figures of a measured run, rounded for reading; the notes end with the error count (and the first). */
  public static BenchResult of(String system, String mode, int clients, int docs, MixDriver driver, Latencies l,
      Double heapMb, String notes) {
    return new BenchResult(system, mode, clients, docs, driver.queries(), driver.warmup(),
        round(l.percentileMillis(50)), round(l.percentileMillis(95)), round(l.percentileMillis(99)),
        Math.round(l.qps() * 10) / 10.0, heapMb == null ? null : (double) Math.round(heapMb),
        notes + "; errors=" + l.errors() + (l.firstError() == null ? "" : " (first: " + l.firstError() + ")"),
        l.byQuery());
  }

  /** Failed executions, as recorded in the notes (the first "; errors=N": a runner's own notes never say it). */
  @JsonIgnore
  public int errors() {
    int at = notes == null ? -1 : notes.indexOf("; errors=");
    if (at < 0) return 0;
    String n = notes.substring(at + 9).replaceFirst("\\D.*", "");
    return n.isEmpty() ? 0 : Integer.parseInt(n);
  }

  private static double round(double ms) {
    return Math.round(ms * 1000) / 1000.0;
  }
}
