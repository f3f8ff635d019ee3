package org.secsearch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.secsearch.indexer.enrich.EventDateFinder;
import org.secsearch.indexer.enrich.LanguageGuesser;
import org.secsearch.indexer.enrich.OrganizationTagger;
import org.secsearch.indexer.enrich.PartialDate;
import org.secsearch.indexer.enrich.PlaceTagger;
import org.secsearch.indexer.enrich.PlaceTags;
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
   * Runs every step over every text {@code warmup} times unmeasured, then {@code reps} measured passes. Within a pass
   * each text goes through all steps in pipeline order before the next text, as in the indexer (a step timed over
   * all texts at once keeps its tables hot in the processor's cache and flatters itself); each step's share of the
   * pass is timed in CPU time of this thread (time spent waiting for a core does not count), and its figure is the
   * median over the passes, so a burst of load from elsewhere moves no figure much. Organizations get each text's
   * countries from the places step, as in the indexer.
   */
  List<Step> run(int warmup, int reps) {
    PlaceTagger places = PlaceTagger.standard();
    OrganizationTagger orgs = OrganizationTagger.standard();
    SourceTagger sources = SourceTagger.standard();
    EventDateFinder events = new EventDateFinder();
    PartialDate published = new PartialDate(2015, 6, 1);
    List<String> names = List.of("places", "organizations", "sources", "event dates", "language");
    long sink = 0;
    double[][] passes = new double[names.size()][reps];
    for (int r = -warmup; r < reps; r++) {
      long[] nanos = new long[names.size()];
      for (String t : texts) {
        long t0 = THREADS.getCurrentThreadCpuTime();
        PlaceTags p = places.tag(t);
        long t1 = THREADS.getCurrentThreadCpuTime();
        sink += orgs.tag(t, places.countryCodes(p)).size();
        long t2 = THREADS.getCurrentThreadCpuTime();
        sink += sources.tag(t).size();
        long t3 = THREADS.getCurrentThreadCpuTime();
        sink += events.find(t, published).size();
        long t4 = THREADS.getCurrentThreadCpuTime();
        sink += LanguageGuesser.guess(t).length();
        long t5 = THREADS.getCurrentThreadCpuTime();
        sink += p.mentions().size();
        nanos[0] += t1 - t0;
        nanos[1] += t2 - t1;
        nanos[2] += t3 - t2;
        nanos[3] += t4 - t3;
        nanos[4] += t5 - t4;
      }
      if (r >= 0) {
        for (int s = 0; s < nanos.length; s++) passes[s][r] = nanos[s] / 1e6 / texts.size();
      }
    }
    List<Step> out = new ArrayList<>();
    for (int s = 0; s < names.size(); s++) {
      double[] ms = passes[s].clone();
      Arrays.sort(ms);
      double median = ms[ms.length / 2];
      out.add(new Step(names.get(s), median, chars / 1e6 / (median * texts.size() / 1e3)));
    }
    double total = out.stream().mapToDouble(Step::msPerDoc).sum();
    out.add(new Step("all", total, chars / 1e6 / (total * texts.size() / 1e3)));
    if (sink == 42) System.out.print(""); // keeps the results alive
    return out;
  }

  static String format(Step s) {
    return String.format(Locale.ROOT, "%-14s %7.3f ms/doc %8.2f MB/s", s.name(), s.msPerDoc(), s.mbPerSecond());
  }
}
