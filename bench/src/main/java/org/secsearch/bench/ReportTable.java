package org.secsearch.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Renders {@code results.jsonl} as the Markdown table of BENCHMARKS.md: one row per (system, mode, clients), the
 * latest measurement of each, with latency ratios against ours in-process with one client (peer ÷ ours: 2.0× means
 * twice as slow), then each row's notes.
 */
public final class ReportTable {
  private static final List<String> SYSTEMS = List.of("secsearch", "solr", "postgres");
  private static final int SLOWEST = 3;
  private static final List<String> MODES = List.of("in-process", InProcessRunner.COLD, "http", "sql");

  private ReportTable() {}

  public static String render(List<BenchResult> results) {
    Map<String, BenchResult> latest = new LinkedHashMap<>();
    for (BenchResult r : results) latest.put(r.system() + "/" + r.mode() + "/" + r.clients(), r);
    List<BenchResult> rows = new ArrayList<>(latest.values());
    rows.sort(Comparator.comparingInt((BenchResult r) -> rank(SYSTEMS, r.system()))
        .thenComparingInt(r -> rank(MODES, r.mode())).thenComparing(BenchResult::mode)
        .thenComparingInt(BenchResult::clients));
    Optional<BenchResult> ours = rows.stream().filter(r -> r.system().equals("secsearch")
        && r.mode().equals("in-process") && r.clients() == 1).findFirst();
    StringBuilder out = new StringBuilder();
    out.append("| system | mode | clients | docs | queries | p50 ms | p95 ms | p99 ms | qps | heap MB | errors "
        + "| p50 vs ours | p99 vs ours |\n");
    out.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (BenchResult r : rows) {
      out.append(String.format(Locale.ROOT, "| %s | %s | %d | %,d | %d | %s | %s | %s | %s | %s | %d | %s | %s |%n",
          r.system(), r.mode(), r.clients(), r.docs(), r.queries(), ms(r.p50Ms()), ms(r.p95Ms()), ms(r.p99Ms()),
          String.format(Locale.ROOT, "%,.1f", r.qps()), r.heapMb() == null ? "–" : String.format(Locale.ROOT, "%.0f", r.heapMb()),
          r.errors(), ratio(r.p50Ms(), ours.map(BenchResult::p50Ms)), ratio(r.p99Ms(), ours.map(BenchResult::p99Ms))));
    }
    out.append('\n');
    for (BenchResult r : rows) {
      out.append("- ").append(r.system()).append(' ').append(r.mode()).append(", ").append(r.clients())
          .append(r.clients() == 1 ? " client" : " clients").append(": ").append(r.notes()).append(slowest(r))
          .append('\n');
    }
    return out.toString();
  }

  /** The queries with the highest medians, when the line has them: where to look first. */
  private static String slowest(BenchResult r) {
    if (r.perQueryP50Ms() == null || r.perQueryP50Ms().isEmpty()) return "";
    return "; slowest p50: " + r.perQueryP50Ms().entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(SLOWEST)
        .map(e -> e.getKey() + " " + ms(e.getValue()) + " ms").collect(Collectors.joining(", "));
  }

  /** Known names in their order, unknown ones after them. */
  private static int rank(List<String> order, String name) {
    int i = order.indexOf(name);
    return i < 0 ? order.size() : i;
  }

  private static String ms(double v) {
    return String.format(Locale.ROOT, v < 10 ? "%.2f" : "%.1f", v);
  }

  private static String ratio(double v, Optional<Double> base) {
    return base.filter(b -> b > 0).map(b -> String.format(Locale.ROOT, "%.1f×", v / b)).orElse("–");
  }
}
