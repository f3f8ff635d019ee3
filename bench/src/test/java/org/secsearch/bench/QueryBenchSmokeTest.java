package org.secsearch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secsearch.indexer.enrich.ReportEnricher;
import org.secsearch.indexer.enrich.StandardFacetFinder;
import org.secsearch.indexer.index.CorpusIndexer;
import org.secsearch.indexer.index.ProgressListener;

/**
 * The benchmark end to end on the repository's corpus/ indexed by the real indexer: export, query mix, in-process
 * and HTTP runs, report. It checks that every step produces well-formed output with no failed query; speed is the
 * benchmark's business, not this test's.
 */
class QueryBenchSmokeTest {
  @TempDir static Path work;
  static Path index;
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void indexCorpus() throws Exception {
    index = work.resolve("index");
    new CorpusIndexer(new ReportEnricher(StandardFacetFinder.get()))
        .run(CorpusIndexer.Options.defaults(locateCorpus(), index).withThreads(2), ProgressListener.NONE);
    QueryMixFile.write(work.resolve("queries.tsv"), QueryMixMaker.make(index));
  }

  @Test
  void exportHasOneWellFormedLinePerDocument() throws Exception {
    Path out = work.resolve("docs.jsonl");
    int n = DocsExporter.export(index, out);
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(n).hasSizeGreaterThan(50);
    int withCountry = 0;
    for (String line : lines) {
      JsonNode d = JSON.readTree(line);
      assertThat(d.get("id").asText()).matches("[0-9a-f]{16}");
      assertThat(d.get("body").asText()).isNotBlank();
      assertThat(d.get("format").asText()).isNotBlank();
      for (String key : List.of("title", "date", "year", "pub")) assertThat(d.has(key)).as(key).isTrue();
      if (!d.get("date").isNull()) {
        assertThat(d.get("date").asText()).matches("\\d{4}(-\\d{2}(-\\d{2})?)?");
        assertThat(d.get("year").asText()).isEqualTo(d.get("date").asText().substring(0, 4));
      }
      List<String> countries = strings(d.get("country"));
      List<String> firstComponents = strings(d.get("region")).stream().map(r -> r.split("/")[0]).distinct().toList();
      assertThat(countries).isEqualTo(firstComponents);
      strings(d.get("org")).forEach(o -> assertThat(o).isNotBlank());
      if (!countries.isEmpty()) withCountry++;
    }
    assertThat(withCountry).as("reports tagged with a country").isGreaterThan(lines.size() / 2);
  }

  @Test
  void theMixIsDeterministicVariedAndFiltered() throws Exception {
    List<BenchQuery> mix = QueryMixFile.read(work.resolve("queries.tsv"));
    Path again = work.resolve("queries-again.tsv");
    QueryMixFile.write(again, QueryMixMaker.make(index));
    assertThat(Files.readString(again)).isEqualTo(Files.readString(work.resolve("queries.tsv")));
    assertThat(mix).hasSizeGreaterThanOrEqualTo(20);
    assertThat(mix.stream().map(BenchQuery::kind).distinct()).containsExactlyInAnyOrder(BenchQuery.Kind.values());
    assertThat(mix.stream().map(q -> q.filters().size()).distinct()).contains(0, 1, 2, 3);
    for (BenchQuery q : mix) {
      int words = switch (q.kind()) {
        case TERM, RARE -> 1;
        case AND, PHRASE, OR -> 2;
      };
      assertThat(q.terms()).as(q.name()).hasSize(words).allMatch(w -> w.matches("[a-z]{3,}"));
      assertThat(q.filters().stream().map(BenchQuery.Filter::dim).distinct().count()).isEqualTo(q.filters().size());
    }
  }

  @Test
  void inProcessAndHttpRunsAnswerEveryQueryAndTheReportShowsThem() throws Exception {
    MixDriver driver = new MixDriver(QueryMixFile.read(work.resolve("queries.tsv")), 1, 2);
    List<BenchResult> results = new ArrayList<>(InProcessRunner.run(index, driver, List.of(1), true));
    results.addAll(HttpRunner.run(index, driver, List.of(1, 8), "512m", work.resolve("server.log")));
    Path file = work.resolve("results.jsonl");
    for (BenchResult r : results) ResultsFile.append(file, r);
    List<BenchResult> read = ResultsFile.read(file);

    assertThat(read).isEqualTo(results);
    assertThat(read).extracting(BenchResult::mode, BenchResult::clients)
        .containsExactly(Tuple.tuple("in-process", 1), Tuple.tuple(InProcessRunner.COLD, 1),
            Tuple.tuple("http", 1), Tuple.tuple("http", 8));
    for (BenchResult r : read) {
      assertThat(r.errors()).as(r.notes()).isZero();
      assertThat(r.notes()).endsWith("; errors=0");
      assertThat(r.queries()).isEqualTo(driver.queries());
      assertThat(r.docs()).isGreaterThan(50);
      assertThat(r.p50Ms()).isPositive().isLessThanOrEqualTo(r.p95Ms());
      assertThat(r.p95Ms()).isLessThanOrEqualTo(r.p99Ms());
      assertThat(r.qps()).isPositive();
      assertThat(r.heapMb()).as("heap after the run").isNotNull().isPositive();
      assertThat(r.perQueryP50Ms()).hasSize(driver.queries()).allSatisfy((name, ms) -> assertThat(ms).isPositive());
    }

    String table = ReportTable.render(read);
    List<String> rows = table.lines().filter(l -> l.startsWith("| secsearch")).toList();
    assertThat(rows).hasSize(4);
    assertThat(rows.get(0)).startsWith("| secsearch | in-process | 1 |").contains("| 1.0× | 1.0× |");
    assertThat(rows.get(1)).startsWith("| secsearch | in-process-cold | 1 |");
    assertThat(rows.get(3)).startsWith("| secsearch | http | 8 |");
    assertThat(table).contains("- secsearch http, 8 clients: GET /search", "; errors=0; slowest p50: ");
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asText()));
    return out;
  }

  /** Surefire runs in the module folder; the repository's corpus/ is the one above it that holds README.md. */
  private static Path locateCorpus() {
    return Stream.iterate(Path.of("").toAbsolutePath(), p -> p != null, Path::getParent)
        .map(p -> p.resolve("corpus")).filter(c -> Files.isRegularFile(c.resolve("README.md"))).findFirst()
        .orElseThrow(() -> new IllegalStateException("corpus/README.md not found above " + Path.of("")
            .toAbsolutePath()));
  }
}
