package org.secsearch.solrpeer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code java -jar solr-peer.jar --work DIR [--warmup W] [--reps R] [--batch B] [--check]}: loads DIR/docs.jsonl
 * into an embedded Solr core under DIR/solr, runs DIR/queries.tsv and appends Solr's line to DIR/results.jsonl;
 * with {@code --check} it only prints each query's hit count. Hit counts always go to DIR/solr-hits.tsv.
 */
public final class SolrPeerCli {
  static {
    // Lucene and Jersey log through java.util.logging: route it to log4j2 (log4j2.xml) before anything logs.
    System.setProperty("java.util.logging.manager", "org.apache.logging.log4j.jul.LogManager");
  }

  /** The command line, with the interface's defaults. */
  record Options(Path work, int warmup, int reps, int batch, boolean check) {
    static Options parse(String[] given) {
      // "--reps=5" and "--reps 5" alike, as the bench module's picocli commands accept both
      String[] args = Arrays.stream(given)
          .flatMap(a -> a.startsWith("--") && a.contains("=") ? Stream.of(a.split("=", 2)) : Stream.of(a))
          .toArray(String[]::new);
      Path work = null;
      int warmup = 3, reps = 20, batch = 1000;
      boolean check = false;
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--work" -> work = Path.of(value(args, ++i));
          case "--warmup" -> warmup = Integer.parseInt(value(args, ++i));
          case "--reps", "--repeat" -> reps = Integer.parseInt(value(args, ++i));
          case "--batch" -> batch = Integer.parseInt(value(args, ++i));
          case "--check" -> check = true;
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
      if (work == null) throw new IllegalArgumentException("--work DIR is required");
      if (warmup < 0 || reps < 1 || batch < 1) throw new IllegalArgumentException("need warmup ≥ 0, reps ≥ 1, batch ≥ 1");
      return new Options(work, warmup, reps, batch, check);
    }

    private static String value(String[] args, int i) {
      if (i >= args.length) throw new IllegalArgumentException(args[i - 1] + " needs a value");
      return args[i];
    }
  }

  public static void main(String[] args) throws Exception {
    Options o;
    try {
      o = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("solr-peer: " + e.getMessage());
      System.err.println("usage: java -jar solr-peer.jar --work DIR [--warmup W] [--reps R] [--batch B] [--check]");
      System.exit(2);
      return;
    }
    for (String f : List.of("docs.jsonl", "queries.tsv")) {
      if (!Files.isRegularFile(o.work().resolve(f))) {
        System.err.println("solr-peer: " + o.work().resolve(f) + " is missing (written by the bench exporter)");
        System.exit(2);
      }
    }
    run(o);
  }

  static void run(Options o) throws Exception {
    List<BenchQuery> mix = BenchQuery.readAll(o.work().resolve("queries.tsv"));
    try (EmbeddedCore core = EmbeddedCore.createFresh(o.work().resolve("solr"))) {
      DocLoader.Result load = new DocLoader(o.batch()).load(core.server(), o.work().resolve("docs.jsonl"));
      String loaded = String.format(Locale.ROOT, "load %d docs in %.1f s (%.0f docs/s, %.1f MB/s), %d MB index, %d segments",
          load.docs(), load.millis() / 1000.0, load.docsPerSecond(), load.bytes() / 1e6 / Math.max(1e-3, load.millis() / 1000.0),
          core.indexBytes() >> 20, core.segments());
      System.out.println("solr-peer: " + loaded);
      MixRunner runner = new MixRunner(core.server());
      if (o.check()) {
        MixRunner.Answer[] answers = runner.answers(mix);
        ResultLine.writeHitCounts(o.work().resolve("solr-hits.tsv"), mix, answers);
        System.out.println(ResultLine.HIT_COUNT_HEADER);
        for (int i = 0; i < mix.size(); i++) System.out.println(ResultLine.hitCountLine(mix.get(i), answers[i]));
        reportErrors(runner.errors(), runner.firstError());
        return;
      }
      MixRunner.Outcome out = runner.run(mix, o.warmup(), o.reps());
      ResultLine.writeHitCounts(o.work().resolve("solr-hits.tsv"), mix, out.answers());
      LatencySummary lat = LatencySummary.of(out);
      double heap = heapAfterGc();
      String notes = "Solr 9.10.0 EmbeddedSolrServer (javabin round trip per request); " + loaded
          + "; secsearch analysis and query structure; fq in filterCache, no queryResultCache/documentCache"
          + "; errors=" + out.errors();
      ResultLine line = new ResultLine(load.docs(), o.warmup(), lat, heap, notes);
      line.appendTo(o.work().resolve("results.jsonl"));
      System.out.printf(Locale.ROOT, "solr-peer: %d queries × %d rounds: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, "
          + "%.0f q/s, heap %.0f MB → %s%n", mix.size(), o.reps(), lat.p50Ms(), lat.p95Ms(), lat.p99Ms(), lat.qps(),
          heap, o.work().resolve("results.jsonl"));
      reportErrors(out.errors(), out.firstError());
    }
  }

  /** Failed requests are counted in the notes (the report reads them there); the first one is shown here. */
  private static void reportErrors(int errors, String first) {
    if (errors > 0) System.err.println("solr-peer: " + errors + " failed requests; the first: " + first);
  }

  /** Heap in use after a full collection, in MB: what the open core itself holds. */
  static double heapAfterGc() {
    Runtime rt = Runtime.getRuntime();
    System.gc();
    return (rt.totalMemory() - rt.freeMemory()) / (1024.0 * 1024.0);
  }
}
