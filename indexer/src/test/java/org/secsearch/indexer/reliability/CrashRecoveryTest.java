package org.secsearch.indexer.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secsearch.indexer.index.DocumentIds;
import org.secsearch.indexer.schema.Fields;
import org.secsearch.indexer.schema.IndexSchema;

/**
 * SIGKILL of the real indexer process at seeded random moments, K times, while the corpus keeps changing
 * between runs. After each kill both directories must open at a clean commit, hold no duplicate and no unknown
 * id, and never hold fewer documents than before; a final uninterrupted run must then hold exactly the corpus.
 * K is 3 by default and 20 with {@code -Dsecsearch.long=true} (or {@code SECSEARCH_LONG=1}).
 */
class CrashRecoveryTest {
  static final boolean LONG = Boolean.getBoolean("secsearch.long") || "1".equals(System.getenv("SECSEARCH_LONG"));
  static final int FILES = 2_000, KILLS = LONG ? 20 : 3;
  /** Files rewritten and added before each restart, so every run has seconds of work for the kill to cut. */
  static final int REWRITTEN = 1_000, ADDED = 25;

  @TempDir Path corpus;
  @TempDir Path index;
  @TempDir Path logs;
  final Random rnd = new Random(2026);
  final Map<String, Integer> versions = new HashMap<>();

  @Test
  void everyKillLeavesACleanCommitAndTheFinalRunHoldsExactlyTheCorpus() throws Exception {
    for (int i = 0; i < FILES; i++) write(String.format("d%02d/r%05d.txt", i % 20, i));
    int previous = 0, hitRunning = 0, hitAfterCommit = 0, wroteAndKilled = 0;
    List<ProcessHandle> orphans = List.of();
    long t0 = System.nanoTime();
    for (int kill = 1; kill <= KILLS; kill++) {
      if (kill > 1) churn();
      long startedAt = System.currentTimeMillis();
      IndexerChild child = IndexerChild.start(corpus, index, 2, logs.resolve("run-" + kill + ".log"));
      // One kill in four lands at a random moment of start-up (JVM, walk, writer, workers); the others at a
      // random moment after this run's first commit with documents in it, while it writes and commits every
      // second. Waiting for that commit rather than a fixed time keeps the kills mid-run on a slow machine.
      long delay;
      boolean afterCommit = rnd.nextInt(4) != 0;
      if (!afterCommit) {
        delay = 200 + rnd.nextInt(1_300);
      } else {
        awaitCommitSince(child, startedAt, Duration.ofMinutes(1));
        delay = rnd.nextInt(2_500);
      }
      Thread.sleep(delay);
      boolean running = child.isAlive();
      String phase = !running ? "after the run ended" : child.indexing() ? "while indexing" : "during start-up";
      if (running) hitRunning++;
      if (running && afterCommit) hitAfterCommit++;
      // Odd kills take the whole tree down; even ones leave the extraction workers orphaned. The next run
      // starts before those orphans are checked: it must not need them gone, and they must exit by themselves.
      List<ProcessHandle> newOrphans = List.of();
      if (kill % 2 == 1) {
        child.killTree();
      } else {
        newOrphans = child.killParentOnly();
      }
      assertThat(IndexerChild.reapOrphans(orphans, Duration.ofSeconds(30))).as("orphans still running").isEmpty();
      orphans = newOrphans;
      int committed = verifyCommitted();
      long byThisRun = committed == 0 ? 0 : committedSince(startedAt);
      assertThat(committed).as("documents after kill " + kill).isGreaterThanOrEqualTo(previous)
          .isLessThanOrEqualTo(versions.size());
      System.out.printf("CrashRecoveryTest kill %2d, %4d ms after %-12s %-15s (%s): %4d of %4d files in the index,"
          + " %4d written by this run%n", kill, delay, afterCommit ? "1st commit," : "start,", phase,
          kill % 2 == 1 ? "tree" : "parent only", committed, versions.size(), byThisRun);
      previous = committed;
      if (byThisRun > 0 && running && afterCommit) wroteAndKilled++;
    }
    assertThat(hitRunning).as("kills that hit a running indexer").isGreaterThanOrEqualTo(1);
    assertThat(wroteAndKilled).as("kills of a run that had committed documents").isEqualTo(hitAfterCommit);

    IndexerChild last = IndexerChild.start(corpus, index, 2, logs.resolve("final.log"));
    int exit = last.await(Duration.ofMinutes(3));
    assertThat(exit).as(Files.readString(logs.resolve("final.log"))).isZero();
    assertThat(IndexerChild.reapOrphans(orphans, Duration.ofSeconds(30))).isEmpty();
    verifyFinal();
    System.out.printf("CrashRecoveryTest: %d kills survived (%d mid-run, %d after the run had committed documents),"
        + " %d files, %.1f s in all%n", KILLS, hitRunning, wroteAndKilled, versions.size(),
        (System.nanoTime() - t0) / 1e9);
  }

  /** Checks the last commit as a restarted indexer or a searcher would find it; returns its document count. */
  private int verifyCommitted() throws Exception {
    try (FSDirectory docs = FSDirectory.open(index.resolve(IndexSchema.DOCS_DIR))) {
      if (!DirectoryReader.indexExists(docs)) return 0; // killed before the first commit
    }
    IndexProbe.assertClean(index);
    try (IndexProbe probe = new IndexProbe(index)) {
      List<String> ids = probe.ids();
      assertThat(ids).doesNotHaveDuplicates();
      assertThat(expectedIds()).containsAll(ids);
      probe.assertFacetOrdinalsResolve();
      return ids.size();
    }
  }

  /** Polls the committed index until it holds a document written since {@code millis} (or the run ended). */
  private void awaitCommitSince(IndexerChild child, long millis, Duration limit) throws Exception {
    long deadline = System.nanoTime() + limit.toNanos();
    while (child.isAlive()) {
      try (FSDirectory docs = FSDirectory.open(index.resolve(IndexSchema.DOCS_DIR))) {
        if (DirectoryReader.indexExists(docs) && committedSince(millis) > 0) return;
      }
      if (System.nanoTime() > deadline) throw new AssertionError("no commit within " + limit);
      Thread.sleep(50);
    }
  }

  private long committedSince(long millis) throws Exception {
    try (IndexProbe probe = new IndexProbe(index)) {
      return probe.indexedSince(millis);
    }
  }

  private void verifyFinal() throws Exception {
    IndexProbe.assertClean(index);
    try (IndexProbe probe = new IndexProbe(index)) {
      List<String> ids = probe.ids();
      assertThat(ids).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expectedIds());
      probe.assertFacetOrdinalsResolve();
      for (String id : ids) { // every document holds its file's latest version
        Document d = probe.byId(id);
        String path = d.get(Fields.PATH);
        assertThat(d.get(Fields.FILE_HASH)).as(path).isEqualTo(sha256(corpus.resolve(path)));
        assertThat(d.get(Fields.BODY)).as(path).endsWith(" version" + versions.get(path));
      }
    }
  }

  /** Rewrites a seeded random set of files (new content, new version word) and adds a few new ones. */
  private void churn() throws Exception {
    List<String> paths = new ArrayList<>(versions.keySet());
    paths.sort(null); // HashMap order is not part of the seed
    for (int i = 0; i < REWRITTEN; i++) write(paths.get(rnd.nextInt(paths.size())));
    int next = versions.size();
    for (int i = 0; i < ADDED; i++, next++) write(String.format("new/n%05d.txt", next));
  }

  private void write(String path) throws Exception {
    int version = versions.merge(path, 1, Integer::sum);
    Path f = corpus.resolve(path);
    Files.createDirectories(f.getParent());
    Files.writeString(f, ProseGenerator.text(rnd, 50 + rnd.nextInt(350)) + " version" + version,
        StandardCharsets.UTF_8);
  }

  private List<String> expectedIds() {
    return versions.keySet().stream().map(DocumentIds::of).toList();
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}
