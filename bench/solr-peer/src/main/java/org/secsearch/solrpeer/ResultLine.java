package org.secsearch.solrpeer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;

/** The peer's line in results.jsonl, with the keys and units bench-interface.md fixes. */
public record ResultLine(long docs, int warmup, LatencySummary latency, Double heapMb, String notes) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public String toJson() {
    ObjectNode o = JSON.createObjectNode();
    o.put("system", "solr");
    o.put("mode", "in-process");
    o.put("clients", 1);
    o.put("docs", docs);
    o.put("queries", latency.perQueryP50Ms().size()); // the mix's size, as the other systems report it
    o.put("warmup", warmup);
    o.put("p50_ms", round(latency.p50Ms(), 3));
    o.put("p95_ms", round(latency.p95Ms(), 3));
    o.put("p99_ms", round(latency.p99Ms(), 3));
    o.put("qps", round(latency.qps(), 1));
    if (heapMb == null) o.putNull("heap_mb");
    else o.put("heap_mb", round(heapMb, 1));
    ObjectNode perQuery = o.putObject("per_query_p50_ms");
    latency.perQueryP50Ms().forEach((name, ms) -> perQuery.put(name, round(ms, 3)));
    o.put("notes", notes);
    return o.toString();
  }

  /** Appends this line to {@code file}, creating it if needed. */
  public void appendTo(Path file) throws IOException {
    Files.writeString(file, toJson() + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
  }

  static final String HIT_COUNT_HEADER = "name\tkind\tterms\tfilters\tsolr_hits\ttop_countries\ttop_orgs";

  /**
   * Writes each query's hit count and top countries and organizations (with a header), so the lead can set
   * Solr's answers beside secsearch's for the same queries.tsv.
   */
  public static void writeHitCounts(Path file, List<BenchQuery> mix, MixRunner.Answer[] answers)
      throws IOException {
    StringBuilder b = new StringBuilder(HIT_COUNT_HEADER).append('\n');
    for (int i = 0; i < mix.size(); i++) b.append(hitCountLine(mix.get(i), answers[i])).append('\n');
    Files.writeString(file, b, StandardCharsets.UTF_8);
  }

  static String hitCountLine(BenchQuery q, MixRunner.Answer a) {
    String filters = String.join(";", q.filters().stream().map(f -> f.dim() + "=" + f.value()).toList());
    return String.join("\t", q.name(), q.kind().name().toLowerCase(Locale.ROOT), String.join(" ", q.terms()),
        filters, Long.toString(a.hits()), a.topCountries(), a.topOrgs());
  }

  private static BigDecimal round(double v, int places) {
    return BigDecimal.valueOf(v).setScale(places, RoundingMode.HALF_UP);
  }
}
