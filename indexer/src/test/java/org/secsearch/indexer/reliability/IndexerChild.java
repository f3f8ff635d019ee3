package org.secsearch.indexer.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.secsearch.indexer.IndexerCli;

/**
 * The real indexer command line ({@code IndexerCli index}) as a separate JVM, with the two ways it can die:
 * its whole process tree killed at once, or only itself, leaving its extraction workers orphaned.
 */
final class IndexerChild {
  /** What the indexer prints once the walk is done and the workers are up (see ConsoleProgress.started). */
  static final String INDEXING_LINE = "indexing ";

  private final Process process;
  private final Path log;

  private IndexerChild(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /** Starts an incremental run that commits every second; stdout and stderr go to {@code log}. */
  static IndexerChild start(Path corpus, Path index, int threads, Path log) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(
        ProcessHandle.current().info().command().orElse("java"), "-Xmx1g", "--enable-native-access=ALL-UNNAMED",
        "-cp", System.getProperty("java.class.path"), IndexerCli.class.getName(),
        "index", "--corpus", corpus.toString(), "--index", index.toString(),
        "--commit-every", "1", "--threads", Integer.toString(threads)));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    return new IndexerChild(pb.start(), log);
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** Whether the run has finished starting up and begun indexing files. */
  boolean indexing() throws IOException {
    return Files.readString(log).contains(INDEXING_LINE);
  }

  /** SIGKILL to every descendant (the extraction workers) and then to the indexer: a crash leaving nothing. */
  void killTree() throws InterruptedException {
    List<ProcessHandle> descendants = process.descendants().toList();
    descendants.forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
    for (ProcessHandle d : descendants) d.onExit().completeOnTimeout(d, 30, TimeUnit.SECONDS).join();
  }

  /** SIGKILL to the indexer only; returns its workers, which are orphans from now on. */
  List<ProcessHandle> killParentOnly() throws InterruptedException {
    List<ProcessHandle> descendants = process.descendants().toList();
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
    return descendants;
  }

  /** Waits for a run to end by itself; returns its exit code, or kills it and fails after {@code limit}. */
  int await(Duration limit) throws InterruptedException {
    if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
      killTree();
      throw new AssertionError("indexer did not finish within " + limit);
    }
    return process.exitValue();
  }

  /** Waits up to {@code limit} for orphans to exit; returns those still running (and then kills them). */
  static List<ProcessHandle> reapOrphans(List<ProcessHandle> orphans, Duration limit) {
    long deadline = System.nanoTime() + limit.toNanos();
    for (ProcessHandle o : orphans) {
      long left = Math.max(0, deadline - System.nanoTime());
      o.onExit().completeOnTimeout(o, left, TimeUnit.NANOSECONDS).join();
    }
    List<ProcessHandle> stuck = orphans.stream().filter(ProcessHandle::isAlive).toList();
    stuck.forEach(ProcessHandle::destroyForcibly);
    return stuck;
  }
}
