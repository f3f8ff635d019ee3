package org.secsearch.indexer;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.secsearch.indexer.enrich.ReportEnricher;
import org.secsearch.indexer.enrich.StandardFacetFinder;
import org.secsearch.indexer.extract.ExtractorPool;
import org.secsearch.indexer.index.ConsoleProgress;
import org.secsearch.indexer.index.CorpusIndexer;
import org.secsearch.indexer.index.IndexSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The indexer's command line: index a corpus, extract without indexing, show index statistics, generate a
 * synthetic corpus.
 */
@Command(name = "indexer", mixinStandardHelpOptions = true, version = "secsearch indexer 0.1",
    description = "Builds and inspects a secsearch index of security reports.",
    subcommands = {IndexerCli.Index.class, ExtractCommand.class, StatsCommand.class, GenerateCorpusCommand.class},
    footer = {"", "Exit codes: 0 done (skipped files are reported, not errors); 2 usage error;",
        "  3 done, but some files failed (see index-report.jsonl); 1 aborted (I/O error, index locked, disk full)."})
public final class IndexerCli implements Callable<Integer> {
  static final int OK = 0, ABORTED = 1, USAGE = 2, SOME_FAILED = 3;

  /** Held so the setting survives: JUL keeps loggers weakly. */
  private static final java.util.logging.Logger LUCENE_VECTOR_LOG =
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  public static void main(String[] args) {
    // Lucene suggests the incubating Vector API at every start; it only speeds up vector search, unused here.
    LUCENE_VECTOR_LOG.setLevel(java.util.logging.Level.SEVERE);
    System.exit(commandLine().execute(args));
  }

  public static CommandLine commandLine() {
    return new CommandLine(new IndexerCli()).setExecutionExceptionHandler((e, cmd, parsed) -> {
      cmd.getErr().println("error: " + e.getMessage());
      return ABORTED;
    });
  }

  @Override
  public Integer call() {
    CommandLine.usage(this, System.out);
    return USAGE;
  }

  /** Options shared by commands that run extraction workers. */
  static final class ExtractionOptions {
    @Option(names = "--workers", description = "Extraction worker JVMs (default: cores).")
    int workers = Math.max(1, Runtime.getRuntime().availableProcessors());

    @Option(names = "--threads", description = "Indexing threads (default: 2 × workers, so that workers never "
        + "wait while a thread enriches and writes).")
    Integer threads;

    int threads() {
      return threads != null ? threads : 2 * workers;
    }

    @Option(names = "--timeout", description = "Per-file extraction timeout in seconds (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds = 60;

    @Option(names = "--worker-heap", description = "Heap of each extraction worker JVM (default: ${DEFAULT-VALUE}).")
    String workerHeap = "512m";

    @Option(names = "--max-chars", description = "Text kept per file; longer files are indexed partially "
        + "(default: ${DEFAULT-VALUE}).")
    int maxChars = 5_000_000;

    ExtractorPool.Options toOptions() {
      return ExtractorPool.Options.defaults(workers).withTimeoutMillis(timeoutSeconds * 1000L)
          .withHeap(workerHeap).withMaxChars(maxChars);
    }
  }

  @Command(name = "index", mixinStandardHelpOptions = true,
      description = "Index a folder of reports (incremental: only new and changed files are parsed; "
          + "deleted files are removed).")
  static final class Index implements Callable<Integer> {
    @Option(names = "--corpus", required = true, description = "Folder of reports (nested folders included).")
    Path corpus;

    @Option(names = "--index", required = true, description = "Index folder (created if missing).")
    Path index;

    @Option(names = "--rebuild", description = "Discard the existing index and index everything again.")
    boolean rebuild;

    @Option(names = "--commit-every", description = "Seconds between commits while running; a crash loses at "
        + "most this much work (default: ${DEFAULT-VALUE}).")
    int commitEverySeconds = 30;

    @CommandLine.Mixin ExtractionOptions extraction = new ExtractionOptions();

    @Override
    public Integer call() throws Exception {
      if (!corpus.toFile().isDirectory()) {
        System.err.println("error: corpus folder not found: " + corpus);
        return USAGE;
      }
      CorpusIndexer.Options o = CorpusIndexer.Options.defaults(corpus, index).withRebuild(rebuild)
          .withExtraction(extraction.toOptions()).withThreads(extraction.threads(), extraction.workers)
          .withCommitEvery(java.time.Duration.ofSeconds(Math.max(1, commitEverySeconds)));
      ReportEnricher enricher = new ReportEnricher(StandardFacetFinder.get());
      IndexSummary s = new CorpusIndexer(enricher).run(o, new ConsoleProgress(System.out, System.console() != null));
      boolean failed = s.counts().keySet().stream().anyMatch(st -> st.retried());
      if (failed) System.out.println("some files failed: see " + index.resolve("index-report.jsonl"));
      return failed ? SOME_FAILED : OK;
    }
  }
}
