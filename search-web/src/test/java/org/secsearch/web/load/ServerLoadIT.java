package org.secsearch.web.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secsearch.web.ServerProcess;
import org.secsearch.web.TestCorpus;

/**
 * Load on the packaged server over loopback with {@code wrk}: a mix of search URLs ({@link LoadMix}) from 2
 * threads over 8 connections, in equal time slices after a warm-up, the server's heap measured after a full GC
 * before the first slice and after each one. Passes when no request failed (no status ≥ 400, no socket error),
 * the p99 of the last slice is at most {@value #P99_GROWTH}× that of the first plus {@value #P99_SLACK_MS} ms,
 * and the heap grew by at most {@value #HEAP_GROWTH_MIB} MiB.
 *
 * <p>CI (the normal {@code verify}): the 52 reports of {@link TestCorpus}, written straight into an index (no
 * extraction, so the server is up in seconds), a 2 s warm-up, 5 slices of 1 s. With {@code -Dsecsearch.long=true}
 * (or {@code SECSEARCH_LONG=1}): 5,000 reports from {@code generate-corpus} (HTML and text), indexed by {@code
 * serve --corpus} itself, a 10 s warm-up, 6 slices of 10 s. {@code -Dsecsearch.load.docs=N} generates N reports
 * in either variant (0: {@link TestCorpus}). Without wrk on the PATH the test is skipped, unless {@code
 * SECSEARCH_REQUIRE_WRK=1} (set by {@code .ci/run}) makes it fail.
 */
class ServerLoadIT {
  static final boolean LONG = Boolean.getBoolean("secsearch.long") || "1".equals(System.getenv("SECSEARCH_LONG"));
  static final int WARM_UP_SECONDS = LONG ? 10 : 2;
  static final int SLICES = LONG ? 6 : 5;
  static final int SLICE_SECONDS = LONG ? 10 : 1;
  static final int DOCS = Integer.getInteger("secsearch.load.docs", LONG ? 5_000 : 0);
  static final double P99_GROWTH = 3;
  static final long P99_SLACK_MS = 50;
  static final long HEAP_GROWTH_MIB = 16;
  /** The server's heap limit: small enough that a leak would show, ample for a few thousand reports. */
  static final String HEAP = "-Xmx512m";

  @Test
  void aMixOfSearchesGetsNoErrorsAStableP99AndAFlatHeap(@TempDir Path dir) throws Exception {
    Path wrkBinary = wrk();
    Path corpus = dir.resolve("corpus"), index = dir.resolve("index");
    List<String> serve = List.of("--index", index.toString());
    if (DOCS > 0) {
      generate(corpus);
      serve = List.of("--index", index.toString(), "--corpus", corpus.toString());
    } else {
      TestCorpus.build(index, corpus);
    }
    long start = System.nanoTime();
    List<String> launch = List.of(HEAP, "-jar", System.getProperty("secsearch.jar"));
    try (ServerProcess server = ServerProcess.start(launch, serve, dir.resolve("server.log"),
        Duration.ofMinutes(LONG ? 20 : 5))) {
      double startSeconds = (System.nanoTime() - start) / 1e9;
      List<String> mix = LoadMix.paths(server.baseUrl());
      Path mixFile = Files.write(dir.resolve("mix.txt"), mix);
      Wrk wrk = new Wrk(wrkBinary, dir, mixFile, server.baseUrl(), 2, 8);
      Wrk.Slice warmUp = wrk.run(WARM_UP_SECONDS);
      long heapBefore = server.heapAfterGcKib();
      List<Wrk.Slice> slices = new ArrayList<>();
      List<Long> heaps = new ArrayList<>();
      for (int i = 0; i < SLICES; i++) {
        slices.add(wrk.run(SLICE_SECONDS));
        heaps.add(server.heapAfterGcKib());
      }
      String report = report(startSeconds, mix.size(), warmUp, heapBefore, slices, heaps);
      System.out.print(report);
      Files.writeString(Path.of(System.getProperty("secsearch.report", dir.resolve("load.txt").toString())),
          report);

      for (Wrk.Slice s : concat(warmUp, slices)) {
        assertThat(s.requests()).as("requests in a slice").isPositive();
        assertThat(s.non2xx3xx()).as("responses with a status of 400 or more\n%s", s.output()).isZero();
        assertThat(s.socketErrors()).as("socket errors\n%s", s.output()).isZero();
      }
      assertThat(server.isAlive()).isTrue();
      assertThat(server.log()).as("server log").doesNotContain(" ERROR ");
      long firstP99 = slices.getFirst().p99Micros(), lastP99 = slices.getLast().p99Micros();
      assertThat(lastP99).as("p99 of the last slice (µs) against the first (%d µs)", firstP99)
          .isLessThanOrEqualTo((long) (P99_GROWTH * firstP99) + P99_SLACK_MS * 1000);
      assertThat(heaps.getLast() - heapBefore).as("heap growth after GC (KiB), from %d KiB", heapBefore)
          .isLessThanOrEqualTo(HEAP_GROWTH_MIB * 1024);
    }
  }

  /** wrk from the PATH; without it the test is skipped, or fails where it must run (CI). */
  private static Path wrk() {
    Optional<Path> found = Wrk.find();
    String message = "wrk is not installed: apt-get install -y wrk (Debian package) to run the load test";
    if (found.isEmpty() && "1".equals(System.getenv("SECSEARCH_REQUIRE_WRK"))) fail(message);
    Assumptions.assumeTrue(found.isPresent(), message);
    return found.get();
  }

  private static void generate(Path corpus) throws Exception {
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        System.getProperty("secsearch.indexer.jar"), "generate-corpus", "--docs", Integer.toString(DOCS),
        "--formats", "html,txt", "--out", corpus.toString()).inheritIO().start();
    assertThat(p.waitFor()).as("generate-corpus exit code").isZero();
  }

  private static List<Wrk.Slice> concat(Wrk.Slice first, List<Wrk.Slice> rest) {
    List<Wrk.Slice> all = new ArrayList<>(List.of(first));
    all.addAll(rest);
    return all;
  }

  private static String report(double startSeconds, int urls, Wrk.Slice warmUp, long heapBefore,
      List<Wrk.Slice> slices, List<Long> heaps) {
    StringBuilder sb = new StringBuilder().append(String.format("load test %s: %s, server %s up in %.1f s, "
        + "%d URLs in the mix, wrk -t2 -c8; warm-up %d s: %,d requests%n", LocalDateTime.now().withNano(0),
        DOCS > 0 ? DOCS + " generated reports" : "TestCorpus", HEAP, startSeconds, urls,
        WARM_UP_SECONDS, warmUp.requests()));
    sb.append(String.format("heap after GC before the slices: %,d KiB%n", heapBefore));
    sb.append("| slice | requests | req/s | p50 ms | p90 ms | p99 ms | max ms | non-2xx/3xx | socket errors | "
        + "heap after GC KiB |\n|---|---|---|---|---|---|---|---|---|---|\n");
    long total = 0;
    for (int i = 0; i < slices.size(); i++) {
      Wrk.Slice s = slices.get(i);
      total += s.requests();
      sb.append(String.format("| %d × %d s | %,d | %.0f | %.1f | %.1f | %.1f | %.1f | %d | %d | %,d |%n", i + 1,
          SLICE_SECONDS, s.requests(), s.requestsPerSecond(), s.p50Micros() / 1e3, s.p90Micros() / 1e3,
          s.p99Micros() / 1e3, s.maxMicros() / 1e3, s.non2xx3xx(), s.socketErrors(), heaps.get(i)));
    }
    return sb.append(String.format("total: %,d requests in %d s%n", total, SLICES * SLICE_SECONDS)).toString();
  }
}
