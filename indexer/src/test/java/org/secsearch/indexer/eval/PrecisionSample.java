package org.secsearch.indexer.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.secsearch.indexer.enrich.Report;
import org.secsearch.indexer.enrich.Tag;
import org.secsearch.indexer.index.CorpusWalker;

/**
 * Draws the precision sample: every (document, facet value) pair of the enrichment output over MUC DEV and the
 * sample corpus, ranked by a seeded hash of the pair, the lowest-ranked taken. A hash rank rather than a
 * shuffle keeps the sample stable: a fix that removes a wrong value drops only that pair, and the next-ranked
 * pair takes its place, so the judgements of the others still apply.
 */
final class PrecisionSample {
  /**
   * The seed of the sample the errors were found and fixed on; changing it draws a new sample (and needs new
   * judgements).
   */
  static final long DEVELOPMENT_SEED = 20261207L;
  /** The seed of a second sample drawn once after the fixes and judged without changing the code: the check. */
  static final long HELD_OUT_SEED = 7L;

  /** One sampled value: the document, "regions" or "organizations", the value, and the evidence quoted. */
  record Item(String collection, String doc, String dimension, String value, String span, String rule,
      int occurrences, String context) {
    String key() {
      return doc + "\t" + dimension + "\t" + value;
    }
  }

  private PrecisionSample() {}

  /** The reports of MUC DEV (id "muc:DEV-MUC3-0001") and of the corpus (id "corpus:" + relative path). */
  static Map<String, Report> reports(Path mucDev, Path corpus) throws IOException {
    InProcessEnrichment enrichment = new InProcessEnrichment();
    Map<String, Report> reports = new LinkedHashMap<>();
    try (Stream<Path> s = Files.list(mucDev)) {
      for (Path file : s.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList()) {
        String name = file.getFileName().toString();
        reports.put("muc:" + name.substring(0, name.length() - ".xhtml".length()), enrichment.report(mucDev, file));
      }
    }
    for (CorpusWalker.Candidate c : CorpusWalker.list(corpus, null).candidates()) {
      Report r = enrichment.report(corpus, c.file());
      reports.put("corpus:" + r.path(), r);
    }
    return reports;
  }

  /** The {@code perCollection} lowest-ranked pairs of each collection ("muc", "corpus") for one dimension. */
  static List<Item> draw(Map<String, Report> reports, String dimension, int perCollection, long seed) {
    Map<String, List<Item>> byCollection = new LinkedHashMap<>();
    reports.forEach((doc, report) -> {
      Map<String, List<Tag>> byValue = new LinkedHashMap<>();
      for (Tag t : report.evidence().getOrDefault(dimension, List.of())) {
        byValue.computeIfAbsent(t.value(), k -> new ArrayList<>()).add(t);
      }
      String collection = doc.substring(0, doc.indexOf(':'));
      byValue.forEach((value, tags) -> {
        Tag first = tags.get(0);
        byCollection.computeIfAbsent(collection, k -> new ArrayList<>()).add(new Item(collection, doc, dimension,
            value, quote(report.text(), first, 0), first.rule(), tags.size(), quote(report.text(), first, 160)));
      });
    });
    List<Item> sample = new ArrayList<>();
    for (List<Item> items : byCollection.values()) {
      items.stream().sorted(Comparator.comparingLong((Item i) -> rank(i.key(), seed)).thenComparing(Item::key))
          .limit(perCollection).forEach(sample::add);
    }
    return sample;
  }

  /** A seeded 64-bit mix of the pair's text (FNV-1a, then a finaliser), the same on every JVM. */
  static long rank(String key, long seed) {
    long h = 0xcbf29ce484222325L ^ seed;
    for (int i = 0; i < key.length(); i++) {
      h = (h ^ key.charAt(i)) * 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    return h ^ (h >>> 33);
  }

  /** The evidence span, with {@code around} characters either side, on one line. */
  static String quote(String text, Tag t, int around) {
    int s = Math.max(0, Math.min(t.start(), text.length()));
    int e = Math.max(s, Math.min(t.end(), text.length()));
    int from = Math.max(0, s - around), to = Math.min(text.length(), e + around);
    String q = around == 0 ? text.substring(s, e)
        : text.substring(from, s) + "[" + text.substring(s, e) + "]" + text.substring(e, to);
    return q.replaceAll("\\s+", " ").strip();
  }
}
