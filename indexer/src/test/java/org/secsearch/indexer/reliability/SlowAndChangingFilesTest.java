package org.secsearch.indexer.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.document.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secsearch.indexer.enrich.ReportEnricher;
import org.secsearch.indexer.enrich.StandardFacetFinder;
import org.secsearch.indexer.extract.ExtractionWorker;
import org.secsearch.indexer.extract.ExtractorPool;
import org.secsearch.indexer.extract.Status;
import org.secsearch.indexer.index.CorpusIndexer;
import org.secsearch.indexer.index.DocumentIds;
import org.secsearch.indexer.index.IndexSummary;
import org.secsearch.indexer.index.ProgressListener;
import org.secsearch.indexer.index.RunReport;
import org.secsearch.indexer.schema.Fields;

/** Files that fight the clock: one that outlasts the per-file timeout, one that grows while it is indexed. */
class SlowAndChangingFilesTest {
  @TempDir Path corpus;
  @TempDir Path index;
  final CorpusIndexer indexer = new CorpusIndexer(new ReportEnricher(StandardFacetFinder.get()));

  CorpusIndexer.Options options(long timeoutMillis) {
    return CorpusIndexer.Options.defaults(corpus, index)
        .withExtraction(ExtractorPool.Options.defaults(1).withTimeoutMillis(timeoutMillis))
        .withThreads(1).withCommitEvery(Duration.ofSeconds(5));
  }

  @Test
  void aFileThatOutlastsTheTimeoutIsKilledAndTheNextFilesStillIndex() throws Exception {
    // Four million nested <div>s (20 MB) take Tika's HTML parser ~20 s here; the limit is 2 s. Files are
    // taken in path order by the single worker, so the good files come after the kill and need the restart.
    Files.writeString(corpus.resolve("a-slow.html"), "<html><body>" + "<div>".repeat(4_000_000) + "deep"
        + "</div>".repeat(4_000_000) + "</body></html>", StandardCharsets.US_ASCII);
    Random rnd = new Random(7);
    for (int i = 0; i < 3; i++) {
      Files.writeString(corpus.resolve("b-good-" + i + ".txt"), ProseGenerator.text(rnd, 80) + " afterkill" + i);
    }
    long t0 = System.nanoTime();
    IndexSummary s = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> indexer.run(options(2_000),
        ProgressListener.NONE));
    System.out.printf("SlowAndChangingFilesTest timeout: %s (%.1f s)%n", s.line(), (System.nanoTime() - t0) / 1e9);

    assertThat(RunReport.read(index).get("a-slow.html").status()).isEqualTo("failed_timeout");
    assertThat(s.count(Status.FAILED_TIMEOUT)).isEqualTo(1);
    assertThat(s.count(Status.INDEXED)).isEqualTo(3);
    assertThat(s.workerRestarts()).isGreaterThanOrEqualTo(1);
    try (IndexProbe probe = new IndexProbe(index)) {
      for (int i = 0; i < 3; i++) assertThat(probe.hits("afterkill" + i)).isEqualTo(1);
    }
    IndexProbe.assertClean(index);
    assertThat(ProcessHandle.current().descendants()
        .filter(p -> p.info().commandLine().orElse("").contains(ExtractionWorker.class.getName())))
        .as("extraction workers left running").isEmpty();
  }

  @Test
  void aFileAppendedToDuringTheRunEndsWithItsFinalContentAndOneDocument() throws Exception {
    Path growing = corpus.resolve("growing.txt");
    Random rnd = new Random(11);
    StringBuilder start = new StringBuilder();
    while (start.length() < 3_000_000) start.append(ProseGenerator.text(rnd, 200)).append('\n');
    Files.writeString(growing, start, StandardCharsets.US_ASCII); // big enough to take a while, under the limit
    for (int i = 0; i < 20; i++) Files.writeString(corpus.resolve("other-" + i + ".txt"), ProseGenerator.text(rnd, 50));

    // The appender runs from before the run until after it ends, so whenever the indexer reads the file,
    // it is growing: the overlap is certain, only its timing varies.
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger appended = new AtomicInteger();
    Thread appender = Thread.ofPlatform().start(() -> {
      while (!stop.get()) {
        append(growing, "Line growth" + appended.incrementAndGet() + " appended.\n");
        sleep(3);
      }
    });
    IndexSummary first;
    try {
      first = assertTimeoutPreemptively(Duration.ofSeconds(90), () -> indexer.run(options(60_000),
          ProgressListener.NONE));
    } finally {
      stop.set(true);
      appender.join();
    }
    String id = DocumentIds.of("growing.txt");
    boolean staleAfterFirst;
    try (IndexProbe probe = new IndexProbe(index)) {
      assertThat(probe.ids()).doesNotHaveDuplicates().hasSize(21);
      staleAfterFirst = !sha256(growing).equals(probe.byId(id).get(Fields.FILE_HASH));
    }

    IndexSummary second = indexer.run(options(60_000), ProgressListener.NONE);
    try (IndexProbe probe = new IndexProbe(index)) {
      assertThat(probe.ids()).doesNotHaveDuplicates().hasSize(21);
      Document doc = probe.byId(id);
      assertThat(doc.get(Fields.FILE_HASH)).isEqualTo(sha256(growing));
      assertThat(doc.getField(Fields.FILE_SIZE).numericValue().longValue()).isEqualTo(Files.size(growing));
      assertThat(doc.get(Fields.BODY)).endsWith("Line growth" + appended.get() + " appended.");
    }
    IndexProbe.assertClean(index);
    System.out.printf("SlowAndChangingFilesTest growing: %d lines appended during run 1 (%s); stale after run 1: %s;"
        + " run 2 re-indexed %d file(s)%n", appended.get(), first.line(), staleAfterFirst, second.processed());
    assertThat(second.processed()).isEqualTo(staleAfterFirst ? 1 : 0);
  }

  private static void append(Path file, String line) {
    try {
      Files.writeString(file, line, StandardCharsets.US_ASCII, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}
