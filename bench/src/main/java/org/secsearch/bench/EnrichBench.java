package org.secsearch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import org.secsearch.indexer.enrich.EventDateFinder;
import org.secsearch.indexer.enrich.LanguageGuesser;
import org.secsearch.indexer.enrich.OrganizationTagger;
import org.secsearch.indexer.enrich.PartialDate;
import org.secsearch.indexer.enrich.PlaceTagger;
import org.secsearch.indexer.enrich.SourceTagger;

/**
 * Speed of each enrichment step on one thread over the plain-text reports of a folder, after a warm-up: what a
 * change to a tagger gains or costs, measured away from Tika, Lucene and the other cores.
 */
final class EnrichBench {
  /** One step's figures: CPU milliseconds of one thread per report, and megabytes of text per second. */
  record Step(String name, double msPerDoc, double mbPerSecond) {}

  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  private final List<String> texts;
  private final long chars;

  private EnrichBench(List<String> texts) {
    this.texts = texts;
    this.chars = texts.stream().mapToLong(String::length).sum();
  }

  /** The first {@code limit} .txt files under {@code corpus}, in path order. */
  static EnrichBench over(Path corpus, int limit) throws IOException {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.walk(corpus)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(limit).toList()) {
        texts.add(Files.readString(f));
      }
    }
    if (texts.isEmpty()) throw new IOException("no .txt reports under " + corpus);
    return new EnrichBench(texts);
  }

  int documents() {
    return texts.size();
  }

  long characters() {
    return chars;
  }

  /**
   * Runs every step {@code warmup} times unmeasured, then {@code reps} rounds in which each step makes one timed pass
   * over all texts, timed in CPU time of this thread (time spent waiting for a core does not count); a step's figure
   * is its median pass, so a burst of load from elsewhere moves no figure much.
   * Steps in pipeline order; organizations get each text's countries from a place tagging done beforehand.
   */
  List<Step> run(int warmup, int reps) {
    PlaceTagger places = PlaceTagger.standard();
    OrganizationTagger orgs = OrganizationTagger.standard();
    SourceTagger sources = SourceTagger.standard();
    EventDateFinder events = new EventDateFinder();
    PartialDate published = new PartialDate(2015, 6, 1);
    Map<String, Set<String>> countries = new HashMap<>();
    for (String t : texts) countries.put(t, places.countryCodes(places.tag(t)));
    Map<String, ToIntFunction<String>> steps = new LinkedHashMap<>();
    steps.put("places", t -> places.tag(t).mentions().size());
    steps.put("organizations", t -> orgs.tag(t, countries.get(t)).size());
    steps.put("sources", t -> sources.tag(t).size());
    steps.put("event dates", t -> events.find(t, published).size());
    steps.put("language", t -> LanguageGuesser.guess(t).length());
    long sink = 0;
    for (int w = 0; w < warmup; w++) {
      for (ToIntFunction<String> step : steps.values()) sink += pass(step);
    }
    Map<String, double[]> passes = new LinkedHashMap<>();
    steps.keySet().forEach(k -> passes.put(k, new double[reps]));
    for (int r = 0; r < reps; r++) {
      for (Map.Entry<String, ToIntFunction<String>> e : steps.entrySet()) {
        long t0 = THREADS.getCurrentThreadCpuTime();
        sink += pass(e.getValue());
        passes.get(e.getKey())[r] = (THREADS.getCurrentThreadCpuTime() - t0) / 1e6 / texts.size();
      }
    }
    List<Step> out = new ArrayList<>();
    for (Map.Entry<String, double[]> e : passes.entrySet()) {
      double[] ms = e.getValue().clone();
      Arrays.sort(ms);
      double median = ms[ms.length / 2];
      out.add(new Step(e.getKey(), median, chars / 1e6 / (median * texts.size() / 1e3)));
    }
    double total = out.stream().mapToDouble(Step::msPerDoc).sum();
    out.add(new Step("all", total, chars / 1e6 / (total * texts.size() / 1e3)));
    if (sink == 42) System.out.print(""); // keeps the results alive
    return out;
  }

  private long pass(ToIntFunction<String> step) {
    long sink = 0;
    for (String t : texts) sink += step.applyAsInt(t);
    return sink;
  }

  static String format(Step s) {
    return String.format(Locale.ROOT, "%-14s %7.3f ms/doc %8.2f MB/s", s.name(), s.msPerDoc(), s.mbPerSecond());
  }
}
