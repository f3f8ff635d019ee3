package org.secsearch.indexer.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.tika.metadata.TikaCoreProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks that the committed sample corpus has the promised spread and that its rendered files match their sources. */
class SampleCorpusTest {
  private static final Path CORPUS = locateCorpus();
  private static final Path SOURCES = CORPUS.resolve("sources");
  private static final Set<String> RENDERED_FORMATS = Set.of("pdf", "docx", "odt", "rtf");
  private static final Pattern YEAR_IN_NAME = Pattern.compile("(?<!\\d)(20[0-2]\\d)(?!\\d)");

  @ParameterizedTest(name = ".{0} ≥ {1}")
  @CsvSource({"html, 10", "txt, 10", "eml, 10", "pdf, 8", "docx, 8", "odt, 8", "rtf, 3"})
  void corpusHasEnoughReportsOfEachFormat(String extension, int minimum) throws IOException {
    assertThat(countByExtension().getOrDefault(extension, 0L)).isGreaterThanOrEqualTo(minimum);
  }

  @Test
  void corpusHasAtLeast66ReportsAndOnlyIndexableFormats() throws IOException {
    List<Path> reports = reports();
    assertThat(reports).hasSizeGreaterThanOrEqualTo(66);
    assertThat(countByExtension().keySet()).isSubsetOf(ReportWriter.FORMATS);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reportNames")
  void eachReportExtractsToEnglishReportLengthOrIsAShortRussianItem(String relative) throws Exception {
    String text = Extraction.of(CORPUS.resolve(relative)).normalizedText();
    if (relative.startsWith("central-asia/ru/")) {
      // Russian items are short wire notes; decoding them (one is windows-1251) must yield Cyrillic, not mojibake.
      assertThat(text).containsPattern("[А-Яа-я]{6,}").hasSizeGreaterThan(500).doesNotContain("\uFFFD");
    } else {
      assertThat(text.length()).as("characters of text in %s", relative).isBetween(2_000, 25_000);
    }
  }

  @Test
  void everyYearFrom2008To2024IsCovered() throws IOException {
    Set<Integer> years = new TreeSet<>();
    for (Path report : reports()) {
      Matcher m = YEAR_IN_NAME.matcher(report.getFileName().toString());
      if (m.find()) {
        years.add(Integer.parseInt(m.group(1)));
      }
    }
    sidecarDates().forEach(d -> years.add(d.getYear()));
    assertThat(years).containsAll(IntStream.rangeClosed(2008, 2024).boxed().toList());
  }

  /** The rendered files are committed; a source edited without re-rendering would silently diverge. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("sourceNames")
  void renderedFileMatchesItsSource(String relativeSource, @TempDir Path tmp) throws Exception {
    Path source = SOURCES.resolve(relativeSource);
    SampleReport report = ReportSourceFile.read(source);
    Path committed = RenderReports.target(SOURCES, source, CORPUS, report);
    Path fresh = RenderReports.target(SOURCES, source, tmp, report);
    ReportWriter.write(report, fresh);

    assertThat(committed).as("rendered file for %s; run RenderReports", relativeSource).isRegularFile();
    Extraction expected = Extraction.of(fresh);
    Extraction actual = Extraction.of(committed);
    assertThat(actual.normalizedText()).isEqualTo(expected.normalizedText());
    assertThat(actual.metadata().get(TikaCoreProperties.TITLE)).isEqualTo(report.title());
  }

  @Test
  void everyRenderedFormatFileHasASource() throws IOException {
    Set<Path> expected = new TreeSet<>();
    for (Path source : RenderReports.sources(SOURCES)) {
      expected.add(RenderReports.target(SOURCES, source, CORPUS, ReportSourceFile.read(source)));
    }
    List<Path> rendered = reports().stream().filter(p -> RENDERED_FORMATS.contains(extension(p))).toList();
    assertThat(rendered).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void metaJsonSidecarsDescribeAnExistingFileWithKnownKeys() throws IOException {
    List<Path> sidecars = files().filter(p -> p.getFileName().toString().endsWith(".meta.json")).toList();
    assertThat(sidecars).isNotEmpty();
    for (Path sidecar : sidecars) {
      String name = sidecar.getFileName().toString();
      assertThat(sidecar.resolveSibling(name.substring(0, name.length() - ".meta.json".length()))).isRegularFile();
      JsonNode json = new ObjectMapper().readTree(sidecar.toFile());
      assertThat(json.fieldNames()).toIterable()
          .isSubsetOf("title", "date", "publication", "volume", "issue", "author", "url")
          .contains("title", "date", "publication");
      LocalDate.parse(json.get("date").asText());
    }
  }

  @Test
  void catalogCsvRowsNameFilesInTheirFolder() throws IOException {
    List<Path> catalogs = files().filter(p -> p.getFileName().toString().equals("catalog.csv")).toList();
    assertThat(catalogs).isNotEmpty();
    for (Path catalog : catalogs) {
      List<String> lines = Files.readAllLines(catalog, StandardCharsets.UTF_8);
      assertThat(lines.getFirst()).isEqualTo("path,title,date,publication,url");
      for (String row : lines.subList(1, lines.size())) {
        String[] cells = row.split(",", -1);
        assertThat(cells).as(row).hasSize(5);
        assertThat(catalog.resolveSibling(cells[0])).isRegularFile();
        LocalDate.parse(cells[2]);
      }
    }
  }

  @Test
  void filesDescribedBySidecarsCarryNoDateOfTheirOwn() throws Exception {
    for (Path described : sidecarDescribedFiles()) {
      assertThat(Extraction.of(described).metadata().get(TikaCoreProperties.CREATED)).as(described.toString()).isNull();
    }
  }

  static Stream<String> reportNames() throws IOException {
    return reports().stream().map(p -> CORPUS.relativize(p).toString().replace('\\', '/'));
  }

  static Stream<String> sourceNames() throws IOException {
    return RenderReports.sources(SOURCES).stream().map(p -> SOURCES.relativize(p).toString().replace('\\', '/'));
  }

  /** Indexable report files: everything except sources, sidecars, README and git attributes. */
  private static List<Path> reports() throws IOException {
    return files().filter(p -> !p.startsWith(SOURCES))
        .filter(p -> ReportWriter.FORMATS.contains(extension(p)))
        .sorted()
        .toList();
  }

  private static Map<String, Long> countByExtension() throws IOException {
    return reports().stream().collect(Collectors.groupingBy(SampleCorpusTest::extension, Collectors.counting()));
  }

  private static List<Path> sidecarDescribedFiles() throws IOException {
    List<Path> described = new ArrayList<>();
    for (Path p : files().toList()) {
      String name = p.getFileName().toString();
      if (name.endsWith(".meta.json")) {
        described.add(p.resolveSibling(name.substring(0, name.length() - ".meta.json".length())));
      } else if (name.equals("catalog.csv")) {
        Files.readAllLines(p).stream().skip(1).map(row -> p.resolveSibling(row.split(",")[0])).forEach(described::add);
      }
    }
    return described;
  }

  private static List<LocalDate> sidecarDates() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    Function<Path, Stream<LocalDate>> dates = p -> {
      try {
        if (p.getFileName().toString().endsWith(".meta.json")) {
          return Stream.of(LocalDate.parse(mapper.readTree(p.toFile()).get("date").asText()));
        }
        return Files.readAllLines(p).stream().skip(1).map(row -> LocalDate.parse(row.split(",")[2]));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
    return files().filter(p -> p.getFileName().toString().endsWith(".meta.json")
            || p.getFileName().toString().equals("catalog.csv"))
        .flatMap(dates)
        .toList();
  }

  /** Every regular file under corpus/, listed once (the walk is closed before callers stream over it). */
  private static Stream<Path> files() throws IOException {
    try (Stream<Path> walk = Files.walk(CORPUS)) {
      return walk.filter(Files::isRegularFile).toList().stream();
    }
  }

  private static String extension(Path p) {
    String name = p.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** Surefire runs in the module folder; walk up to the repository root that holds corpus/README.md. */
  private static Path locateCorpus() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("corpus/README.md"))) {
        return dir.resolve("corpus");
      }
    }
    throw new IllegalStateException("corpus/README.md not found above " + Path.of("").toAbsolutePath());
  }
}
