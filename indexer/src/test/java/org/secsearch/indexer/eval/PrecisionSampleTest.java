package org.secsearch.indexer.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.secsearch.indexer.enrich.Report;

/**
 * Precision of the region and organization facets: draws 50 values of each ({@link PrecisionSample}: 25 from
 * MUC DEV, 25 from the sample corpus) twice — the development sample the errors were fixed on, and a held-out
 * sample judged after the fixes — looks each up in the hand judgements ({@code precision-judgements.tsv}),
 * and fails when a sampled value has no judgement, or one made on another evidence span (the sample and the
 * judgements must stay in sync), or when
 * the judged precision of either dimension is below 0.90. Writes the sample with wide context to
 * {@code target/precision-sample.tsv} and the unjudged rows to {@code target/precision-unjudged.tsv}.
 */
class PrecisionSampleTest {
  private static final int PER_COLLECTION = 25;
  private static final String JUDGEMENTS = "precision-judgements.tsv";

  /** A judged row: the evidence span it was judged on, and the verdict, "correct" or "wrong". */
  record Judgement(String span, String verdict, String note) {}

  @Test
  void sampledRegionAndOrganizationValuesAreMostlyRight() throws IOException {
    Path shared = Path.of(System.getProperty("secsearch.shared", "../shared"));
    Path mucDev = shared.resolve("data/muc/xhtml/dev");
    Assumptions.assumeTrue(Files.isDirectory(mucDev), "MUC data absent, skipping: " + mucDev);
    Map<String, Report> reports = PrecisionSample.reports(mucDev, Path.of("..", "corpus"));
    Map<String, Judgement> judged = judgements();
    List<String> sampleRows = new ArrayList<>(List.of("sample\tdoc\tdimension\tvalue\tspan\trule\toccurrences\tcontext"));
    List<String> unjudged = new ArrayList<>();
    Map<String, double[]> precision = new LinkedHashMap<>();
    Map<String, Long> seeds = new LinkedHashMap<>();
    seeds.put("development", PrecisionSample.DEVELOPMENT_SEED);
    seeds.put("held-out", PrecisionSample.HELD_OUT_SEED);
    seeds.forEach((sample, seed) -> {
      for (String dimension : List.of("regions", "organizations")) {
        int right = 0, total = 0;
        for (PrecisionSample.Item i : PrecisionSample.draw(reports, dimension, PER_COLLECTION, seed)) {
          sampleRows.add(String.join("\t", sample, i.doc(), dimension, i.value(), i.span(), i.rule(),
              Integer.toString(i.occurrences()), i.context()));
          Judgement j = judged.get(i.key());
          if (j != null && !j.span().equals(i.span())) {
            j = null; // the evidence changed since it was judged: judge it again
          }
          System.out.printf(Locale.ROOT, "%-11s %-9s %-13s %-55s %-40s %s%n", sample,
              j == null ? "UNJUDGED" : j.verdict(), dimension, i.value(), i.doc(), i.span());
          if (j == null) {
            unjudged.add(String.join("\t", i.doc(), dimension, i.value(), i.span(), "", i.context()));
            continue;
          }
          total++;
          right += j.verdict().equals("correct") ? 1 : 0;
        }
        precision.put(sample + " " + dimension, new double[] {right, total});
      }
    });
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", "precision-sample.tsv"), sampleRows);
    Files.write(Path.of("target", "precision-unjudged.tsv"), unjudged.stream().distinct().toList());
    precision.forEach((d, p) -> System.out.printf(Locale.ROOT, "precision %s: %.0f/%.0f = %.3f%n", d, p[0], p[1],
        p[0] / p[1]));
    assertThat(unjudged).as("sampled values without a judgement (see target/precision-unjudged.tsv)").isEmpty();
    precision.forEach((d, p) -> assertThat(p[0] / p[1]).as("precision of " + d).isGreaterThanOrEqualTo(0.90));
  }

  /** doc, dimension, value → judgement, from the resource file (tab-separated, '#' lines are comments). */
  static Map<String, Judgement> judgements() throws IOException {
    Map<String, Judgement> out = new LinkedHashMap<>();
    try (InputStream in = PrecisionSampleTest.class.getResourceAsStream(JUDGEMENTS)) {
      if (in == null) return out;
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#") || line.startsWith("doc\t")) continue;
        String[] c = line.split("\t", -1);
        if (c.length < 5 || !(c[4].equals("correct") || c[4].equals("wrong"))) {
          throw new IllegalStateException("bad judgement line (doc, dimension, value, span, verdict, note): " + line);
        }
        out.put(c[0] + "\t" + c[1] + "\t" + c[2], new Judgement(c[3], c[4], c.length > 5 ? c[5] : ""));
      }
    }
    return out;
  }
}
