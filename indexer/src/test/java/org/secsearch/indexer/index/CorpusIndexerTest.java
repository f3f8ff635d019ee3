package org.secsearch.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secsearch.indexer.enrich.FacetFinder;
import org.secsearch.indexer.enrich.ReportEnricher;
import org.secsearch.indexer.enrich.StandardFacetFinder;
import org.secsearch.indexer.extract.Status;
import org.secsearch.indexer.schema.Fields;
import org.secsearch.indexer.schema.IndexSchema;

/** Incremental indexing over a real folder: new, changed, unchanged, deleted and bad files; stable ids. */
class CorpusIndexerTest {
  @TempDir Path corpus;
  @TempDir Path index;
  CorpusIndexer indexer;

  @BeforeEach
  void setUp() {
    FacetFinder finder = StandardFacetFinder.get();
    indexer = new CorpusIndexer(new ReportEnricher(finder));
  }

  CorpusIndexer.Options options() {
    return CorpusIndexer.Options.defaults(corpus, index).withThreads(2).withCommitEvery(Duration.ofSeconds(5));
  }

  @Test
  void secondRunSkipsUnchangedAndPicksUpChangesAndDeletions() throws Exception {
    write("a.txt", "Alpha report about Aktobe.");
    write("nested/deeper/b.html", "<html><head><title>Bravo</title></head><body><p>Bravo body text.</p></body></html>");
    write("c.txt", "Charlie report.");
    IndexSummary first = indexer.run(options(), ProgressListener.NONE);
    assertThat(first.count(Status.INDEXED)).isEqualTo(3);
    assertThat(ids()).containsExactlyInAnyOrder(DocumentIds.of("a.txt"), DocumentIds.of("nested/deeper/b.html"),
        DocumentIds.of("c.txt"));

    IndexSummary second = indexer.run(options(), ProgressListener.NONE);
    assertThat(second.processed()).isZero();
    assertThat(second.unchanged()).isEqualTo(3);

    write("a.txt", "Alpha report, revised: now about Mangystau.");
    Files.setLastModifiedTime(corpus.resolve("a.txt"), FileTime.fromMillis(System.currentTimeMillis() + 5_000));
    Files.delete(corpus.resolve("c.txt"));
    write("d.txt", "Delta report.");
    IndexSummary third = indexer.run(options(), ProgressListener.NONE);
    assertThat(third.count(Status.INDEXED)).isEqualTo(2);
    assertThat(third.deleted()).isEqualTo(1);
    assertThat(third.unchanged()).isEqualTo(1);
    assertThat(ids()).containsExactlyInAnyOrder(DocumentIds.of("a.txt"), DocumentIds.of("nested/deeper/b.html"),
        DocumentIds.of("d.txt"));
    assertThat(hits("mangystau")).isEqualTo(1);
    assertThat(hits("aktobe")).isZero();
    assertClean();
  }

  @Test
  void rebuildKeepsTheSameIds() throws Exception {
    write("x/report one.txt", "One.");
    write("y.txt", "Two.");
    indexer.run(options(), ProgressListener.NONE);
    Set<String> before = ids();
    IndexSummary rebuilt = indexer.run(options().withRebuild(true), ProgressListener.NONE);
    assertThat(rebuilt.count(Status.INDEXED)).isEqualTo(2);
    assertThat(ids()).isEqualTo(before);
  }

  @Test
  void badFilesAreReportedAndSkipsAreNotRetriedWhileUnchanged() throws Exception {
    write("good.txt", "A readable report on Dagestan.");
    Files.write(corpus.resolve("empty.txt"), new byte[0]);
    byte[] noise = new byte[50_000];
    new Random(7).nextBytes(noise);
    Files.write(corpus.resolve("noise.txt"), noise);
    Files.createSymbolicLink(corpus.resolve("etc.txt"), Path.of("/etc/hostname"));
    write("notes.md", "not a report format: ignored");

    IndexSummary s = indexer.run(options(), ProgressListener.NONE);
    assertThat(s.count(Status.INDEXED)).isEqualTo(1);
    Map<String, String> statuses = RunReport.read(index).values().stream()
        .collect(Collectors.toMap(FileOutcome::path, FileOutcome::status));
    assertThat(statuses).containsExactlyInAnyOrderEntriesOf(Map.of(
        "empty.txt", "skipped_empty", "noise.txt", "skipped_junk", "etc.txt", "skipped_link"));

    IndexSummary again = indexer.run(options(), ProgressListener.NONE);
    assertThat(again.processed()).isEqualTo(1); // only the link is listed again; the skips are unchanged
    assertThat(again.unchanged()).isEqualTo(3);
    assertThat(RunReport.read(index)).hasSize(3);
    assertClean();
  }

  @Test
  void aFileFixedAfterFailingIsIndexedOnTheNextRun() throws Exception {
    Files.write(corpus.resolve("later.txt"), new byte[0]);
    indexer.run(options(), ProgressListener.NONE);
    assertThat(ids()).isEmpty();
    write("later.txt", "Now it has text about Ingushetia.");
    Files.setLastModifiedTime(corpus.resolve("later.txt"), FileTime.fromMillis(System.currentTimeMillis() + 5_000));
    indexer.run(options(), ProgressListener.NONE);
    assertThat(ids()).containsExactly(DocumentIds.of("later.txt"));
    assertThat(RunReport.read(index)).isEmpty();
  }

  private void write(String rel, String text) throws Exception {
    Path f = corpus.resolve(rel);
    Files.createDirectories(f.getParent());
    Files.writeString(f, text, StandardCharsets.UTF_8);
  }

  private Set<String> ids() throws Exception {
    try (FSDirectory dir = FSDirectory.open(index.resolve(IndexSchema.DOCS_DIR));
        DirectoryReader reader = DirectoryReader.open(dir)) {
      var stored = reader.storedFields();
      var live = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
      List<String> ids = new java.util.ArrayList<>();
      for (int i = 0; i < reader.maxDoc(); i++) {
        if (live == null || live.get(i)) ids.add(stored.document(i).get(Fields.ID));
      }
      assertThat(ids).doesNotHaveDuplicates();
      return Set.copyOf(ids);
    }
  }

  private long hits(String term) throws Exception {
    try (FSDirectory dir = FSDirectory.open(index.resolve(IndexSchema.DOCS_DIR));
        DirectoryReader reader = DirectoryReader.open(dir)) {
      return new IndexSearcher(reader).count(new TermQuery(new Term(Fields.BODY, term)));
    }
  }

  private void assertClean() throws Exception {
    for (String sub : List.of(IndexSchema.DOCS_DIR, IndexSchema.TAXONOMY_DIR)) {
      try (FSDirectory dir = FSDirectory.open(index.resolve(sub)); CheckIndex check = new CheckIndex(dir)) {
        check.setLevel(CheckIndex.Level.MIN_LEVEL_FOR_INTEGRITY_CHECKS);
        assertThat(check.checkIndex().clean).as(sub + " is clean").isTrue();
      }
    }
  }
}
