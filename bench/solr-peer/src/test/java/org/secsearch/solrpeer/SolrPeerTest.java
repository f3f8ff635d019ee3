package org.secsearch.solrpeer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Loads 50 generated reports into a real embedded core and checks hit counts and facet counts against a plain
 * Java model of the same reports, so the schema, loader and query translation are tested together.
 */
class SolrPeerTest {
  /** A generated report as the model sees it: lower-case body words, countries, organizations, year. */
  record Report(String id, String title, String body, List<String> countries, List<String> orgs, String year,
      String format) {}

  static final List<Report> REPORTS = reports();
  @TempDir static Path work;
  static EmbeddedCore core;
  static DocLoader.Result loaded;

  @BeforeAll
  static void load() throws Exception {
    ObjectMapper json = new ObjectMapper();
    StringBuilder lines = new StringBuilder();
    for (Report r : REPORTS) {
      ObjectNode o = json.createObjectNode().put("id", r.id()).put("title", r.title()).put("body", r.body())
          .put("date", r.year() + "-03-15").put("year", r.year()).put("format", r.format()).putNull("pub");
      r.countries().forEach(o.putArray("country")::add);
      r.countries().forEach(o.putArray("region")::add);
      r.orgs().forEach(o.putArray("org")::add);
      lines.append(o).append('\n');
    }
    Files.writeString(work.resolve("docs.jsonl"), lines);
    core = EmbeddedCore.createFresh(work.resolve("solr"));
    loaded = new DocLoader(7).load(core.server(), work.resolve("docs.jsonl")); // batch of 7: a partial last batch
  }

  @AfterAll
  static void close() throws Exception {
    if (core != null) core.close();
  }

  @Test
  void loadsEveryReport() {
    assertThat(loaded.docs()).isEqualTo(50);
  }

  @ParameterizedTest(name = "{0} {1} [{2}] → {3}")
  @CsvSource(delimiter = '|', textBlock = """
      term   | ambush        |                                                      | 10
      rare   | ferry         |                                                      | 2
      and    | convoy ambush |                                                      | 4
      phrase | border post   |                                                      | 13
      or     | convoy ferry  |                                                      | 19
      term   | convoys       |                                                      | 17
      term   | convoy        | country=Mali                                         | 9
      term   | convoy        | country=Mali;year=2017                               | 4
      or     | ambush convoy | org=Islamic State in the Greater Sahara;country=Niger | 8
      and    | ambush ferry  |                                                      | 0
      """)
  void hitsAndFacetCountsMatchTheModel(String kind, String terms, String filters, int hits) throws Exception {
    BenchQuery q = BenchQuery.parse("q\t" + kind + "\t" + terms + "\t" + (filters == null ? "" : filters));
    QueryResponse r = core.server().query(QueryTranslator.toSolr(q));
    List<Report> expected = REPORTS.stream().filter(model(q)).toList();

    assertThat(expected).as("the model agrees with the count worked out by hand").hasSize(hits);
    assertThat(r.getResults().getNumFound()).isEqualTo(hits);
    assertThat(r.getResults()).hasSize(Math.min(10, expected.size()));
    // A filtered field is counted over the hits of every other filter (DrillSideways): its other values stay.
    assertThat(counts(r.getFacetField("country")))
        .isEqualTo(modelCounts(REPORTS.stream().filter(model(q, "country")).toList(), Report::countries));
    assertThat(counts(r.getFacetField("org")))
        .isEqualTo(modelCounts(REPORTS.stream().filter(model(q, "org")).toList(), Report::orgs));
    assertThat(counts(r.getFacetField("year")))
        .isEqualTo(modelCounts(REPORTS.stream().filter(model(q, "year")).toList(), d -> List.of(d.year())));
    if (!expected.isEmpty()) assertThat(r.getHighlighting().values()).anySatisfy(h -> assertThat(h).containsKey("body"));
  }

  @Test
  void aWordInTheTitleRanksFirst() throws Exception {
    QueryResponse r = core.server().query(QueryTranslator.toSolr(BenchQuery.parse("q\tterm\tferry\t")));
    assertThat(r.getResults().getFirst().getFieldValue("id")).isEqualTo("r49");
  }

  @Test
  void runsTheMixRoundByRoundAndSummarisesIt() {
    List<BenchQuery> mix = List.of(BenchQuery.parse("t1\tterm\tambush\t"),
        BenchQuery.parse("p1\tphrase\tborder post\tyear=2015"));
    MixRunner.Outcome out = new MixRunner(core.server()).run(mix, 1, 3);
    assertThat(out.errors()).isZero();
    assertThat(out.answers()).extracting(MixRunner.Answer::hits).containsExactly(10L, 13L);
    assertThat(out.nanos()).hasDimensions(2, 3);
    LatencySummary s = LatencySummary.of(out);
    assertThat(s.queries()).isEqualTo(6);
    assertThat(s.perQueryP50Ms()).containsOnlyKeys("t1", "p1");
    assertThat(s.p50Ms()).isPositive().isLessThanOrEqualTo(s.p95Ms());
    assertThat(new ResultLine(50, 1, s, 12.5, "n; errors=0").toJson())
        .startsWith("{\"system\":\"solr\",\"mode\":\"in-process\",\"clients\":1,\"docs\":50,\"queries\":2,")
        .contains("\"per_query_p50_ms\":{\"t1\":", "\"heap_mb\":12.5", "\"notes\":\"n; errors=0\"");
  }

  /** Which reports a query should find, by plain string tests on the model (stems: "convoys" → "convoy"). */
  static Predicate<Report> model(BenchQuery q) {
    return model(q, null);
  }

  /** As {@link #model(BenchQuery)}, leaving out the filters on dimension {@code except} (null: none left out). */
  static Predicate<Report> model(BenchQuery q, String except) {
    Predicate<Report> text = switch (q.kind()) {
      case TERM, RARE -> r -> hasWord(r, q.terms().getFirst());
      case AND -> r -> q.terms().stream().allMatch(w -> hasWord(r, w));
      case OR -> r -> q.terms().stream().anyMatch(w -> hasWord(r, w));
      case PHRASE -> r -> (" " + r.body() + " ").contains(" " + String.join(" ", q.terms()) + " ");
    };
    for (BenchQuery.Filter f : q.filters()) {
      if (f.dim().equals(except)) continue;
      text = text.and(switch (f.dim()) {
        case "country" -> r -> r.countries().contains(f.value());
        case "org" -> r -> r.orgs().contains(f.value());
        default -> r -> r.year().equals(f.value());
      });
    }
    return text;
  }

  private static boolean hasWord(Report r, String word) {
    String stem = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    List<String> words = List.of((r.title() + " " + r.body()).toLowerCase().split("\\W+"));
    return words.contains(stem) || words.contains(stem + "s");
  }

  private static Map<String, Long> counts(FacetField f) {
    return f.getValues().stream().collect(Collectors.toMap(FacetField.Count::getName, FacetField.Count::getCount,
        Long::sum, TreeMap::new));
  }

  private static Map<String, Long> modelCounts(List<Report> hits,
      java.util.function.Function<Report, List<String>> values) {
    return hits.stream().flatMap(r -> values.apply(r).stream())
        .collect(Collectors.groupingBy(v -> v, TreeMap::new, Collectors.counting()));
  }

  /** 50 reports whose words and facets follow simple residues, so every query has a known answer. */
  static List<Report> reports() {
    List<Report> out = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      StringBuilder body = new StringBuilder("gunmen attacked a village at dawn");
      if (i % 5 == 0) body.append(" the ambush killed four soldiers");
      if (i % 3 == 0) body.append(i % 2 == 0 ? " a convoy was hit" : " two convoys were hit");
      if (i % 4 == 0) body.append(" near the border post");
      if (i % 4 == 1) body.append(" a post near the border");
      if (i == 17) body.append(" the ferry sank");
      List<String> countries = new ArrayList<>(List.of(i % 2 == 0 ? "Mali" : "Niger"));
      if (i % 7 == 0) countries.add("Burkina Faso");
      List<String> orgs = i % 3 == 0 ? List.of("Islamic State in the Greater Sahara")
          : i % 3 == 1 ? List.of("Jama'at Nusrat al-Islam wal-Muslimin", "Ansarul Islam") : List.of();
      String title = i == 49 ? "Ferry service suspended" : "Report " + i;
      out.add(new Report("r" + i, title, body.toString(), countries, orgs, Integer.toString(2015 + i % 4),
          i % 2 == 0 ? "HTML" : "TXT"));
    }
    return out;
  }
}
