package org.secsearch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's one command, {@code bench/run-all.sh}, on a small generated corpus with no peers: it generates,
 * indexes, measures both benchmarks and writes the report with both tables. Speed is not checked here.
 */
class RunAllScriptIT {
  @Test
  void runAllWritesTheIndexingAndQueryTablesForAGeneratedCorpus(@TempDir Path tmp) throws Exception {
    Path repo = Path.of("").toAbsolutePath().getParent(); // failsafe runs in bench/
    Path work = tmp.resolve("work");
    ProcessBuilder pb = new ProcessBuilder("bash", "bench/run-all.sh", "--docs", "40", "--peers", "none",
        "--warmup", "1", "--reps", "1", "--work", work.toString())
        .directory(repo.toFile()).redirectErrorStream(true).redirectOutput(tmp.resolve("out.txt").toFile());
    pb.environment().put("SECSEARCH_BENCH_NO_BUILD", "1");
    pb.environment().put("SECSEARCH_BENCH_CACHE", tmp.resolve("cache").toString());
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    pb.environment().put("PATH", System.getProperty("java.home") + File.separator + "bin" + File.pathSeparator
        + System.getenv("PATH"));
    Process p = pb.start();
    boolean ended = p.waitFor(10, TimeUnit.MINUTES);
    String out = Files.readString(tmp.resolve("out.txt"), StandardCharsets.UTF_8);
    assertThat(ended).as(out).isTrue();
    assertThat(p.exitValue()).as(out).isZero();

    String report = Files.readString(work.resolve("report.md"));
    assertThat(report).contains("# secsearch benchmark, 40 reports", "## Indexing", "## Queries",
        "bench/run-all.sh --docs 40");
    List<String> rows = report.lines().filter(l -> l.startsWith("| secsearch |")).toList();
    // indexing; in-process, with hit sets kept and dropped; HTTP with 1 and with 8 clients
    assertThat(rows).as(report).hasSize(5);
    assertThat(rows.get(0)).startsWith("| secsearch | 40 |");
    assertThat(rows.get(2)).startsWith("| secsearch | in-process-cold | 1 |");
    assertThat(rows.subList(1, 5)).allSatisfy(r -> assertThat(r).contains("| 40 |").contains("| 0 |"));
    assertThat(report).contains("done: indexed=40");
    try (var files = Files.list(tmp.resolve("cache"))) {
      assertThat(files.toList()).as("the generated corpus is cached for the next run").hasSize(1);
    }
  }
}
