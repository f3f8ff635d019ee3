package org.secsearch.indexer.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.secsearch.indexer.enrich.ReportEnricher;
import org.secsearch.indexer.enrich.StandardFacetFinder;
import org.secsearch.indexer.extract.ExtractorPool;
import org.secsearch.indexer.extract.Status;
import org.secsearch.indexer.index.CorpusIndexer;
import org.secsearch.indexer.index.DocumentIds;
import org.secsearch.indexer.index.FileOutcome;
import org.secsearch.indexer.index.IndexSummary;
import org.secsearch.indexer.index.ProgressListener;
import org.secsearch.indexer.index.RunReport;
import org.secsearch.indexer.schema.Fields;

/**
 * The bad-input catalogue end to end: every hostile file is generated next to good ones, the real indexer
 * (isolated extraction workers included) runs over the folder twice, and each file must end with its
 * documented status while the good files stay searchable and the index stays clean.
 */
class BadFilesTest {
  static final int MAX_CHARS = 5_000_000; // the indexer's default text limit
  static final String SECRET = "exfiltratedsecretvalue", EARLY = "earlyzulumarker", LATE = "latezulumarker";

  @TempDir static Path corpus;
  @TempDir static Path index;
  @TempDir static Path outside;
  static IndexSummary first, second;
  static Map<String, FileOutcome> firstReport, report;
  static long firstRunMillis;
  static boolean fifoMade;
  static IndexProbe probe;

  @BeforeAll
  static void indexTheBadCorpusTwice() throws Exception {
    Path secret = Files.writeString(outside.resolve("secret.txt"), SECRET, StandardCharsets.UTF_8);
    BadCorpusWriter w = new BadCorpusWriter(corpus);
    w.goodFiles();
    w.pdfs();
    w.officeFiles(secret);
    w.bigText(MAX_CHARS, EARLY, LATE);
    w.nestingAndNoise();
    w.encodings();
    w.links(secret);
    fifoMade = makeFifo(w.resolve("fifo/pipe.txt"));

    // A 256 MB worker heap makes the zip bomb fail fast; every other file fits in it easily.
    CorpusIndexer.Options options = CorpusIndexer.Options.defaults(corpus, index)
        .withExtraction(ExtractorPool.Options.defaults(2).withHeap("256m").withTimeoutMillis(60_000)
            .withMaxChars(MAX_CHARS))
        .withThreads(2).withCommitEvery(Duration.ofSeconds(5));
    CorpusIndexer indexer = new CorpusIndexer(new ReportEnricher(StandardFacetFinder.get()));
    long t0 = System.nanoTime();
    first = assertTimeoutPreemptively(Duration.ofMinutes(3), () -> indexer.run(options, ProgressListener.NONE));
    firstRunMillis = (System.nanoTime() - t0) / 1_000_000;
    firstReport = RunReport.read(index);
    second = assertTimeoutPreemptively(Duration.ofMinutes(3), () -> indexer.run(options, ProgressListener.NONE));
    report = RunReport.read(index);
    probe = new IndexProbe(index);
    System.out.printf("BadFilesTest: first run %s%n  second run %s%n", first.line(), second.line());
  }

  @AfterAll
  static void close() throws Exception {
    if (probe != null) probe.close();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      good/good.txt               | indexed           |
      good/good.html              | indexed           |
      good/good.pdf               | indexed           |
      good/good.docx              | indexed           |
      good/good.odt               | indexed           |
      pdf/truncated.pdf           | failed_parse      | Page tree root
      pdf/junk-header.pdf         | failed_parse      | root object
      pdf/user-password.pdf       | skipped_encrypted | password
      pdf/owner-password-only.pdf | indexed           |
      pdf/blank.pdf               | skipped_empty     | no text
      docx/truncated.docx         | failed_parse      |
      docx/zip-bomb.docx          | failed_oom        | 256m heap
      docx/billion-laughs.docx    | failed_parse      | DOCTYPE is disallowed
      docx/xxe.docx               | failed_parse      | DOCTYPE is disallowed
      docx/nested-zip-30.docx     | indexed           |
      odt/billion-laughs.odt      | failed_parse      | entity expansions
      odt/xxe.odt                 | indexed           |
      txt/big-50mb.txt            | partial           | text cut at
      html/deep-divs.html         | indexed           |
      rtf/deep-braces.rtf         | skipped_empty     | no text
      txt/random-bytes.txt        | skipped_junk      | binary noise
      txt/empty.txt               | skipped_empty     | 0-byte
      txt/cp1251.txt              | indexed           |
      txt/utf16le.txt             | indexed           |
      eml/unknown-charset.eml     | indexed           |
      links/loop                  | skipped_link      | loop
      links/etc                   | skipped_link      | leaves the corpus
      links/outside.txt           | skipped_link      | leaves the corpus
      """)
  void eachFileEndsWithItsDocumentedStatus(String path, String status, String reason) throws Exception {
    assertThat(statusOf(path)).isEqualTo(status);
    if (reason != null) assertThat(report.get(path).reason()).contains(reason);
    if (Status.ofLabel(status).searchable()) {
      Document doc = probe.byId(DocumentIds.of(path));
      assertThat(doc.get(Fields.PATH)).isEqualTo(path);
    } else {
      assertThat(probe.byId(DocumentIds.of(path))).as("not in the index").isNull();
    }
  }

  @Test
  void everyListedFileIsAccountedForOnceAndTheSecondRunAgrees() throws Exception {
    int indexed = first.count(Status.INDEXED);
    assertThat(first.processed()).isEqualTo(indexed + firstReport.size()); // partial is reported and counted
    assertThat(first.count(Status.FAILED_OOM)).isEqualTo(1);
    assertThat(first.workerRestarts()).isGreaterThanOrEqualTo(1);
    assertThat(probe.ids()).doesNotHaveDuplicates().hasSize(indexed + first.count(Status.PARTIAL));
    // The rerun retries only failures (and lists the links again); skips and indexed files are unchanged.
    long failures = firstReport.values().stream().filter(o -> o.statusValue().retried()).count();
    long links = firstReport.values().stream().filter(o -> o.statusValue() == Status.SKIPPED_LINK).count();
    assertThat(second.processed()).isEqualTo(failures + links);
    assertThat(report).isEqualTo(firstReport);
  }

  @Test
  void goodAndReadableFilesAreSearchableByTheirOwnWords() throws Exception {
    for (String name : List.of("good.txt", "good.html", "good.pdf", "good.docx", "good.odt",
        "owner-password-only.pdf", "xxe.odt", "nested-zip-30.docx", "unknown-charset.eml", "deep-divs.html")) {
      assertThat(probe.hits(BadCorpusWriter.marker(name))).as(name).isEqualTo(1);
    }
    assertThat(probe.hits(BadCorpusWriter.marker("user-password.pdf"))).isZero();
  }

  @Test
  void cyrillicTextInLegacyEncodingsIsFound() throws Exception {
    assertThat(probe.hits(BadCorpusWriter.RUSSIAN_CP1251)).isEqualTo(1);
    assertThat(probe.hits(BadCorpusWriter.RUSSIAN_UTF16)).isEqualTo(1);
    assertThat(probe.hits("Explosion in Makhachkala")).isEqualTo(1); // UTF-16 decoded, not NUL-interleaved
  }

  @Test
  void theBigTextIsSearchableUpToTheLimitAndNotBeyond() throws Exception {
    Document doc = probe.byId(DocumentIds.of("txt/big-50mb.txt"));
    assertThat(doc.get(Fields.STATUS)).isEqualTo("partial");
    assertThat(doc.getField(Fields.CHARS).numericValue().intValue()).isLessThanOrEqualTo(MAX_CHARS);
    assertThat(probe.hits(EARLY)).isEqualTo(1);
    assertThat(probe.hits(LATE)).isZero();
  }

  @Test
  void externalEntitiesAreNeverResolved() throws Exception {
    String host = Files.readString(Path.of("/etc/hostname")).strip();
    String body = probe.byId(DocumentIds.of("odt/xxe.odt")).get(Fields.BODY);
    assertThat(body).contains(BadCorpusWriter.marker("xxe.odt")).doesNotContain(SECRET);
    if (!host.isEmpty()) assertThat(body).doesNotContain(host);
    assertThat(probe.hits(SECRET)).isZero();
  }

  @Test
  void nestedArchivesStopAtTikasDepthLimit() throws Exception {
    // Tika's package parser stops descending after ten levels: the carrier is indexed, the 30th level is not.
    assertThat(probe.hits(BadCorpusWriter.marker("nested-zip-30.docx"))).isEqualTo(1);
    assertThat(probe.hits(BadCorpusWriter.marker("innermost"))).isZero();
  }

  @Test
  void linksAreNeverFollowedAndPipesNeverOpened() throws Exception {
    Set<String> paths = new java.util.HashSet<>(report.keySet());
    for (String id : probe.ids()) paths.add(probe.byId(id).get(Fields.PATH));
    assertThat(paths).noneMatch(p -> p.startsWith("links/etc/") || p.startsWith("links/loop/"));
    if (fifoMade) assertThat(paths).doesNotContain("fifo/pipe.txt"); // not a regular file: not even opened
  }

  @Test
  void bothDirectoriesAreCleanAndFacetOrdinalsResolve() throws Exception {
    IndexProbe.assertClean(index);
    probe.assertFacetOrdinalsResolve();
  }

  /** A named pipe: opening it would block forever, so the indexer must never open it. */
  static boolean makeFifo(Path path) throws InterruptedException {
    try {
      return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
    } catch (java.io.IOException e) {
      return false; // no mkfifo on this system: that case is left out
    }
  }

  /** The status a file ended with: from the run report, else from the index, else "absent". */
  static String statusOf(String path) throws Exception {
    if (report.containsKey(path)) return report.get(path).status();
    Document doc = probe.byId(DocumentIds.of(path));
    return doc == null ? "absent" : doc.get(Fields.STATUS);
  }
}
