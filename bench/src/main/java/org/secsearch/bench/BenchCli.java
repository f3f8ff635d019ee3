package org.secsearch.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The query benchmark's command line; {@code bench/query-bench.sh} calls these steps in order over one work folder. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "secsearch query benchmark steps.",
    subcommands = {BenchCli.Export.class, BenchCli.Queries.class, BenchCli.InProcess.class, BenchCli.Http.class,
        BenchCli.Postgres.class, BenchCli.Report.class, BenchCli.Enrich.class})
public final class BenchCli implements Callable<Integer> {
  static final int OK = 0, ERRORS = 1, USAGE = 2;

  /** Held so the setting survives: JUL keeps loggers weakly. */
  private static final java.util.logging.Logger LUCENE_VECTOR_LOG =
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  public static void main(String[] args) {
    // Lucene suggests the incubating Vector API at every start; it only speeds up vector search, unused here.
    LUCENE_VECTOR_LOG.setLevel(java.util.logging.Level.SEVERE);
    System.exit(new CommandLine(new BenchCli()).execute(args));
  }

  @Override
  public Integer call() {
    CommandLine.usage(this, System.out);
    return USAGE;
  }

  /** Options every measuring step shares: the work folder and how the mix is run. */
  static final class Run {
    @Option(names = "--work", required = true, description = "Work folder (index/, queries.tsv, results.jsonl).")
    Path work;

    @Option(names = "--warmup", description = "Passes over the whole mix before measuring (default: ${DEFAULT-VALUE}).")
    int warmup = 3;

    @Option(names = "--reps", description = "Measured executions of each query (default: ${DEFAULT-VALUE}).")
    int reps = 20;

    MixDriver driver() throws java.io.IOException {
      return new MixDriver(QueryMixFile.read(work.resolve("queries.tsv")), warmup, reps);
    }

    /** Appends the results, prints them, and fails the step when any query failed. */
    int record(List<BenchResult> results) throws java.io.IOException {
      int errors = 0;
      for (BenchResult r : results) {
        ResultsFile.append(work.resolve("results.jsonl"), r);
        System.out.printf("%s %s clients=%d: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, %.1f qps, heap %s; %s%n",
            r.system(), r.mode(), r.clients(), r.p50Ms(), r.p95Ms(), r.p99Ms(), r.qps(),
            r.heapMb() == null ? "–" : r.heapMb() + " MB", r.notes());
        errors += r.errors();
      }
      return errors == 0 ? OK : ERRORS;
    }
  }

  /** The options of the steps that read the index and write one file. */
  static final class IndexToFile {
    @Option(names = "--index", required = true, description = "Our index folder.") Path index;
    @Option(names = "--out", required = true, description = "The file to write.") Path out;
  }

  @Command(name = "export", mixinStandardHelpOptions = true, description = "Write docs.jsonl from the index.")
  static final class Export implements Callable<Integer> {
    @Mixin IndexToFile files;

    @Override
    public Integer call() throws Exception {
      System.out.printf("exported %,d documents to %s%n", DocsExporter.export(files.index, files.out), files.out);
      return OK;
    }
  }

  @Command(name = "queries", mixinStandardHelpOptions = true, description = "Write the query mix (queries.tsv).")
  static final class Queries implements Callable<Integer> {
    @Mixin IndexToFile files;

    @Override
    public Integer call() throws Exception {
      List<BenchQuery> mix = QueryMixMaker.make(files.index);
      QueryMixFile.write(files.out, mix);
      System.out.printf("wrote %d queries to %s%n", mix.size(), files.out);
      return mix.isEmpty() ? ERRORS : OK;
    }
  }

  @Command(name = "in-process", mixinStandardHelpOptions = true, description = "Measure SearchService in this JVM.")
  static final class InProcess implements Callable<Integer> {
    @Mixin Run run;
    @Option(names = "--clients", split = ",", description = "Client threads, one run each (default: 1).")
    List<Integer> clients = new ArrayList<>(List.of(1));
    @Option(names = "--cold", description = "Also measure one client with the kept hit sets dropped before every "
        + "search.")
    boolean cold;

    @Override
    public Integer call() throws Exception {
      return run.record(InProcessRunner.run(run.work.resolve("index"), run.driver(), clients, cold));
    }
  }

  @Command(name = "http", mixinStandardHelpOptions = true, description = "Measure the running server over HTTP.")
  static final class Http implements Callable<Integer> {
    @Mixin Run run;
    @Option(names = "--clients", split = ",", description = "Concurrent clients, one run each (default: 1,8).")
    List<Integer> clients = new ArrayList<>(List.of(1, 8));
    @Option(names = "--heap", description = "The server's -Xmx (default: ${DEFAULT-VALUE}, as run.sh).")
    String heap = "1g";

    @Override
    public Integer call() throws Exception {
      return run.record(HttpRunner.run(run.work.resolve("index"), run.driver(), clients, heap,
          run.work.resolve("server.log")));
    }
  }

  @Command(name = "postgres", mixinStandardHelpOptions = true,
      description = "Load docs.jsonl into a running PostgreSQL cluster and measure the mix over its unix socket.")
  static final class Postgres implements Callable<Integer> {
    @Mixin Run run;
    @Option(names = "--socket-dir", required = true, description = "The cluster's unix_socket_directories.")
    Path socketDir;
    @Option(names = "--port", description = "The cluster's port (names the socket; default: ${DEFAULT-VALUE}).")
    int port = 5432;
    @Option(names = "--no-load", description = "Use the documents already loaded.")
    boolean noLoad;
    @Option(names = "--clients", split = ",", description = "Connections, one run each (default: 1).")
    List<Integer> clients = new ArrayList<>(List.of(1));

    @Override
    public Integer call() throws Exception {
      return run.record(PostgresRunner.run(socketDir, port, run.work.resolve("docs.jsonl"), !noLoad, run.driver(),
          clients));
    }
  }

  @Command(name = "report", mixinStandardHelpOptions = true, description = "Print results.jsonl as a Markdown table.")
  static final class Report implements Callable<Integer> {
    @Option(names = "--work", required = true) Path work;

    @Override
    public Integer call() throws Exception {
      Path file = work.resolve("results.jsonl");
      if (!Files.isRegularFile(file)) {
        System.err.println("no results in " + file);
        return USAGE;
      }
      System.out.print(ReportTable.render(ResultsFile.read(file)));
      return OK;
    }
  }

  @Command(name = "enrich", mixinStandardHelpOptions = true,
      description = "Time each enrichment step on one thread over the .txt reports of a folder.")
  static final class Enrich implements Callable<Integer> {
    @Option(names = "--corpus", required = true, description = "Folder of reports (e.g. from generate-corpus).")
    Path corpus;

    @Option(names = "--docs", description = "How many .txt reports to read (default: ${DEFAULT-VALUE}).")
    int docs = 2000;

    @Option(names = "--warmup", description = "Unmeasured passes (default: ${DEFAULT-VALUE}).")
    int warmup = 3;

    @Option(names = "--reps", description = "Measured passes (default: ${DEFAULT-VALUE}).")
    int reps = 5;

    @Override
    public Integer call() throws Exception {
      EnrichBench bench = EnrichBench.over(corpus, docs);
      System.out.printf(java.util.Locale.ROOT, "enrichment, one thread: %d reports, %.1f MB, warm-up %d, passes %d%n",
          bench.documents(), bench.characters() / 1e6, warmup, reps);
      for (EnrichBench.Step s : bench.run(warmup, reps)) System.out.println(EnrichBench.format(s));
      return OK;
    }
  }
}
