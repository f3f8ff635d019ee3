package org.secsearch.indexer.generate.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secsearch.indexer.enrich.FileStamp;
import org.secsearch.indexer.enrich.Organization;
import org.secsearch.indexer.enrich.Report;
import org.secsearch.indexer.enrich.ReportEnricher;
import org.secsearch.indexer.enrich.StandardFacetFinder;
import org.secsearch.indexer.extract.Extracted;
import org.secsearch.indexer.extract.Sidecar;
import org.secsearch.indexer.extract.Status;
import org.secsearch.indexer.extract.TikaExtractor;

/**
 * A small generated corpus in all four benchmark formats: byte-identical on a second run with other threads,
 * files of the requested formats and sizes that Tika parses, and planted places, organizations and dates that
 * the real enrichment pipeline finds again.
 */
class GeneratedCorpusTest {
  static final int DOCS = 200;
  static final long SEED = 42;
  static final List<String> FORMATS = List.of("html", "txt", "pdf", "docx");

  @TempDir static Path first;
  @TempDir static Path second;
  static CorpusGenerator generator;

  @BeforeAll
  static void generate() throws IOException {
    generator = new CorpusGenerator(ReportComposer.standard());
    generator.run(new CorpusGenerator.Options(DOCS, SEED, first, FORMATS, 2), n -> {});
  }

  @Test
  void sameParametersGiveByteIdenticalFilesWhateverTheThreads() throws Exception {
    generator.run(new CorpusGenerator.Options(DOCS, SEED, second, FORMATS, 1), n -> {});
    assertThat(digests(second)).hasSize(DOCS + 1).isEqualTo(digests(first));
  }

  @Test
  void anotherSeedGivesOtherReports() throws Exception {
    SyntheticReport a = generator.report(SEED, 7, FORMATS);
    SyntheticReport b = generator.report(SEED + 1, 7, FORMATS);
    assertThat(a.paragraphs()).isNotEqualTo(b.paragraphs());
  }

  @Test
  void formatsTakeTurnsAndFoldersStaySmall() throws Exception {
    Map<String, Long> byFormat = files(first).stream()
        .collect(Collectors.groupingBy(p -> extension(p), TreeMap::new, Collectors.counting()));
    assertThat(byFormat).isEqualTo(Map.of("docx", 50L, "html", 50L, "pdf", 50L, "txt", 50L));
    assertThat(Files.exists(first.resolve(CorpusGenerator.relativePath(generator.report(SEED, 3, FORMATS)))))
        .isTrue();
    assertThat(Files.readString(first.resolve(CorpusGenerator.MANIFEST))).contains("docs=200", "seed=42");
  }

  @Test
  void textFilesAreTwoToTwentyKilobytes() throws Exception {
    for (Path p : files(first)) {
      if (extension(p).equals("html") || extension(p).equals("txt")) {
        assertThat(Files.size(p)).as(p.toString()).isBetween(2_048L, 20_480L);
      }
    }
  }

  @Test
  void tikaParsesEveryFileAndEnrichmentFindsWhatWasPlanted() throws Exception {
    TikaExtractor tika = new TikaExtractor();
    ReportEnricher enricher = new ReportEnricher(StandardFacetFinder.get());
    int country = 0, division = 0, orgs = 0, orgsPlanted = 0, dated = 0;
    Set<String> divisionsAt50 = new HashSet<>(), divisionsAt200 = new HashSet<>();
    for (int i = 0; i < DOCS; i++) {
      SyntheticReport planted = generator.report(SEED, i, FORMATS);
      String path = CorpusGenerator.relativePath(planted);
      Extracted e = tika.extract(first.resolve(path), 1_000_000);
      assertThat(e.status()).as(path).isEqualTo(Status.INDEXED);
      assertThat(e.text().length()).as(path).isBetween(2_000, 20_000);
      // PDF lines wrap anywhere, so white space is compared collapsed.
      assertThat(e.text().replaceAll("\\s+", " ")).as(path).contains(planted.title(), planted.dateline());
      Report r = enricher.enrich("id" + i, path, e, Sidecar.NONE, new FileStamp(0, 0, ""));
      if (r.regions().stream().anyMatch(v -> within(v, planted.country().path()))) country++;
      if (r.regions().stream().anyMatch(v -> within(v, planted.division().path()))) division++;
      for (Organization org : planted.organizations()) {
        orgsPlanted++;
        if (r.organizations().contains(org.name())) orgs++;
      }
      if (r.date() != null && r.date().toString().equals(planted.date().toString())) dated++;
      for (String v : r.regions()) {
        String[] levels = v.split("/");
        if (levels.length >= 2) {
          String province = levels[0] + "/" + levels[1];
          divisionsAt200.add(province);
          if (i < 50) divisionsAt50.add(province);
        }
      }
    }
    System.out.printf("enrichment found what was planted: country %d/%d, division %d/%d, organizations %d/%d, "
        + "date %d/%d; provinces found in 50 docs %d, in 200 docs %d%n", country, DOCS, division, DOCS, orgs,
        orgsPlanted, dated, DOCS, divisionsAt50.size(), divisionsAt200.size());
    assertThat(country).isGreaterThanOrEqualTo(DOCS * 90 / 100);
    assertThat(division).isGreaterThanOrEqualTo(DOCS * 80 / 100);
    assertThat(orgs).isGreaterThanOrEqualTo(orgsPlanted * 85 / 100);
    assertThat(dated).isGreaterThanOrEqualTo(DOCS * 95 / 100);
    assertThat(divisionsAt200.size()).isGreaterThan(divisionsAt50.size() * 3 / 2);
  }

  /** True when a region path is the area or lies inside it. */
  private static boolean within(String value, String area) {
    return value.equals(area) || value.startsWith(area + "/");
  }

  static List<Path> files(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted()
          .toList();
    }
  }

  private static Map<String, String> digests(Path root) throws Exception {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        byte[] sha = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
        out.put(root.relativize(p).toString(), HexFormat.of().formatHex(sha));
      }
    }
    return out;
  }

  private static String extension(Path p) {
    String name = p.getFileName().toString();
    return name.substring(name.lastIndexOf('.') + 1);
  }
}
