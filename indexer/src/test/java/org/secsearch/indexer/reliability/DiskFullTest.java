package org.secsearch.indexer.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.tests.store.MockDirectoryWrapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.secsearch.indexer.enrich.FileStamp;
import org.secsearch.indexer.enrich.Report;
import org.secsearch.indexer.enrich.ReportEnricher;
import org.secsearch.indexer.enrich.StandardFacetFinder;
import org.secsearch.indexer.extract.Extracted;
import org.secsearch.indexer.extract.Sidecar;
import org.secsearch.indexer.extract.Status;
import org.secsearch.indexer.index.DocumentIds;
import org.secsearch.indexer.index.ReportIndexWriter;

/**
 * A disk that fills up under the index writer (Lucene's MockDirectoryWrapper with a size cap): the writer must
 * fail with a plain IOException, roll back to its last commit intact, and carry on once space is freed.
 */
class DiskFullTest {
  static final int BATCH = 40;
  final ReportEnricher enricher = new ReportEnricher(StandardFacetFinder.get());
  final Random rnd = new Random(42);

  @ParameterizedTest(name = "the {0} directory fills up")
  @CsvSource({"docs, 1048576", "taxonomy, 16384"})
  void aFullDiskFailsClearlyRollsBackToTheLastCommitAndRecovers(String full, long slackBytes) throws Exception {
    try (MockDirectoryWrapper docs = memoryDisk(); MockDirectoryWrapper taxo = memoryDisk()) {
      MockDirectoryWrapper limited = full.equals("docs") ? docs : taxo;
      List<String> committed = new ArrayList<>();
      List<Report> failedBatch = null;
      IOException failure = null;
      int batches = 0;
      try (ReportIndexWriter writer = ReportIndexWriter.open(docs, taxo, false)) {
        committed.addAll(putBatch(writer, batch(0)));
        writer.commit();
        limited.setMaxSizeInBytes(limited.sizeInBytes() + slackBytes);
        while (failure == null && batches < 50) {
          List<Report> next = batch(++batches);
          try {
            List<String> ids = putBatch(writer, next);
            writer.commit();
            committed.addAll(ids);
          } catch (IOException e) {
            failure = e;
            failedBatch = next;
            writer.rollback();
          }
        }
      }
      System.out.printf("DiskFullTest %s: %s after %d committed documents%n", full, failure, committed.size());
      assertThat(failure).as("a write fails once the disk is full").isNotNull();
      assertThat(failure).hasMessageContaining("disk full");
      assertLastCommitIs(docs, taxo, committed);

      limited.setMaxSizeInBytes(0); // space freed: the same batch now goes in
      try (ReportIndexWriter writer = ReportIndexWriter.open(docs, taxo, false)) {
        committed.addAll(putBatch(writer, failedBatch));
        writer.commit();
      }
      assertLastCommitIs(docs, taxo, committed);
    } // MockDirectoryWrapper.close() checks for leaked files and runs CheckIndex once more
  }

  private void assertLastCommitIs(MockDirectoryWrapper docs, MockDirectoryWrapper taxo, List<String> ids)
      throws IOException {
    try (IndexProbe probe = new IndexProbe(docs, taxo)) {
      assertThat(probe.ids()).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids);
      probe.assertFacetOrdinalsResolve();
    }
    IndexProbe.assertClean(docs, "docs");
    IndexProbe.assertClean(taxo, "taxonomy");
  }

  private static MockDirectoryWrapper memoryDisk() {
    MockDirectoryWrapper dir = new MockDirectoryWrapper(new Random(42), new ByteBuffersDirectory());
    dir.setThrottling(MockDirectoryWrapper.Throttling.NEVER);
    dir.setUseSlowOpenClosers(false);
    return dir;
  }

  /** Reports enriched by the real enricher, so they carry facets like indexed files do. */
  private List<Report> batch(int n) {
    List<Report> reports = new ArrayList<>();
    for (int i = 0; i < BATCH; i++) {
      String path = "batch" + n + "/report" + i + ".txt";
      String text = ProseGenerator.text(rnd, 300 + rnd.nextInt(700));
      Extracted e = new Extracted(Status.INDEXED, null, text, "text/plain", Map.of());
      // A publication of its own per report: every batch adds taxonomy categories, so either directory grows.
      Sidecar sidecar = new Sidecar(Map.of("publication", "Bulletin " + n + "-" + i), "test");
      reports.add(enricher.enrich(DocumentIds.of(path), path, e, sidecar,
          new FileStamp(text.length(), 1_700_000_000_000L + i, "sha-" + path)));
    }
    return reports;
  }

  private static List<String> putBatch(ReportIndexWriter writer, List<Report> reports) throws IOException {
    for (Report r : reports) writer.put(r, System.currentTimeMillis());
    return reports.stream().map(Report::id).toList();
  }
}
