package org.secsearch.web.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.secsearch.indexer.index.DocumentIds;
import org.secsearch.indexer.schema.FacetDim;
import org.secsearch.web.TestCorpus;

/** Ranked search, facets and documents over the known test index (no mocks: a real index on disk). */
class SearchServiceTest {
  @TempDir static Path dir;
  static SearchService service;

  @BeforeAll
  static void index() throws Exception {
    service = TestCorpus.service(dir);
  }

  @AfterAll
  static void close() throws Exception {
    service.close();
  }

  static SearchResult search(String qs) throws Exception {
    return service.search(SearchStateTest.parse(qs));
  }

  static String titles(SearchResult r) {
    return r.hits().stream().map(Hit::title).collect(Collectors.joining(" | "));
  }

  /** "value=count" for a facet level, as the sidebar lists it. */
  static String facet(SearchResult r, FacetDim dim) {
    FacetGroup g = r.facet(dim);
    return g == null ? "" : g.values().stream().map(v -> v.label() + "=" + v.count() + (v.selected() ? "✓" : ""))
        .collect(Collectors.joining(" "));
  }

  @ParameterizedTest(name = "{0} finds {1}")
  @CsvSource(delimiter = '|', value = {
      // an acronym finds the full name and back
      "q=IMU                                 | Militant group issues statement | Gunmen attack police station in Aktobe",
      "q=Islamic+Movement+of+Uzbekistan      | Gunmen attack police station in Aktobe | Militant group issues statement",
      "q=%22Islamic+Movement+of+Uzbekistan%22 | Gunmen attack police station in Aktobe | Militant group issues statement",
      // transliterations: Aqtobe finds Aktobe, and Aktyubinsk finds both
      "q=Aqtobe                              | Court hearing in western Kazakhstan | Gunmen attack police station in Aktobe",
      "q=Aktyubinsk                          | Gunmen attack police station in Aktobe | Court hearing in western Kazakhstan",
  })
  void equivalentNamesFindEachOther(String qs, String first, String second) throws Exception {
    SearchResult r = search(qs);
    assertThat(r.total()).isEqualTo(2);
    assertThat(r.hits()).extracting(Hit::title).containsExactlyInAnyOrder(first, second);
  }

  @Test
  void titleMatchesRankAboveBodyMatches() throws Exception {
    // "Aktobe" is in the attack report's title and body, in the court report's body only (as Aqtobe)
    assertThat(search("q=Aktobe").hits().get(0).title()).isEqualTo("Gunmen attack police station in Aktobe");
    assertThat(search("q=Dagestan").hits().get(0).title()).isEqualTo("Insurgency in Dagestan");
  }

  @Test
  void wordsCloseTogetherRankAboveWordsFarApart(@TempDir Path other) throws Exception {
    TestCorpus.write(other, null, List.of(
        TestCorpus.report("far.txt", "One", "The police arrived. " + "Nothing else happened here. ".repeat(30)
            + "Later an attack was reported.", null, List.of(), List.of(), null),
        TestCorpus.report("near.txt", "Two", "An attack on police was reported. "
            + "Nothing else happened here. ".repeat(30), null, List.of(), List.of(), null)));
    try (SearchService s = new SearchService(other, null, QueryExpander.NONE, 60_000)) {
      SearchResult r = s.search(SearchStateTest.parse("q=police+attack"));
      assertThat(titles(r)).isEqualTo("Two | One");
    }
  }

  @Test
  void countsAreExactAndPagesSliceTheRanking() throws Exception {
    SearchResult p1 = search("q=bulletin");
    assertThat(p1.total()).isEqualTo(TestCorpus.BULLETINS);
    assertThat(p1.hits()).hasSize(20);
    assertThat(p1.lastPage()).isEqualTo(3);
    SearchResult p3 = search("q=bulletin&page=3");
    assertThat(p3.hits()).hasSize(5);
    assertThat(p3.firstRank()).isEqualTo(41);
    assertThat(p3.hasNext()).isFalse();
    assertThat(search("q=bulletin&page=4").hits()).isEmpty();
  }

  @Test
  void facetsCountEveryDocumentOncePerLevel() throws Exception {
    SearchResult all = search("");
    assertThat(all.total()).isEqualTo(52);
    assertThat(facet(all, FacetDim.REGION)).isEqualTo("Kyrgyzstan=23 Tajikistan=22 Kazakhstan=3 Russia=1 Uzbekistan=1");
    FacetValue kz = all.facet(FacetDim.REGION).values().get(2);
    assertThat(kz.children()).extracting(v -> v.label() + "=" + v.count())
        .containsExactly("Aktobe Region=2", "Karaganda Region=1");
    // places are fetched only below an open (selected) path
    assertThat(kz.children().get(0).children()).isEmpty();
    FacetValue aktobe = search("region=Kazakhstan/Aktobe%20Region").facet(FacetDim.REGION).values().stream()
        .filter(v -> v.label().equals("Kazakhstan")).findFirst().orElseThrow().children().get(0);
    assertThat(aktobe.children()).extracting(FacetValue::path).containsExactly("Kazakhstan/Aktobe Region/Aktobe");
    // by count, ties by name
    assertThat(facet(all, FacetDim.ORGANIZATION)).startsWith("Bravo Group=4 Charlie Group=4 Delta Group=4")
        .endsWith("Juliett Group=4 Alpha Group=3 Lima Group=3 Mike Group=3 Islamic Movement of Uzbekistan=2"
            + " Caucasus Emirate=1 Jund al-Khilafah=1");
    assertThat(all.facet(FacetDim.ORGANIZATION).head()).hasSize(FacetGroup.VISIBLE);
    assertThat(all.facet(FacetDim.ORGANIZATION).tail()).hasSize(7);
    // years newest first, months in calendar order, written out
    assertThat(facet(all, FacetDim.DATE)).isEqualTo("2014=45 2013=1 2012=2 2011=2 2010=1");
    assertThat(all.facet(FacetDim.DATE).values().get(3).children()).extracting(FacetValue::label)
        .containsExactly("May", "November");
  }

  @Test
  void aSelectedDimensionKeepsItsOtherValuesWithSidewaysCounts() throws Exception {
    SearchResult r = search("region=Kazakhstan/Aktobe+Region");
    assertThat(r.total()).isEqualTo(2);
    // the region facet still lists every country with its full count (DrillSideways) ...
    assertThat(facet(r, FacetDim.REGION)).isEqualTo("Kyrgyzstan=23 Tajikistan=22 Kazakhstan=3 Russia=1 Uzbekistan=1");
    FacetValue aktobe = r.facet(FacetDim.REGION).values().get(2).children().get(0);
    assertThat(aktobe.selected()).isTrue();
    assertThat(r.facet(FacetDim.REGION).values().get(2).open()).isTrue();
    // ... while the other dimensions count only the drilled-down documents
    assertThat(facet(r, FacetDim.ORGANIZATION)).isEqualTo("Islamic Movement of Uzbekistan=1");
    assertThat(facet(r, FacetDim.PUBLICATION)).isEqualTo("Terrorism Monitor=2");
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "region=Russia&region=Kazakhstan/Karaganda+Region   | 2",   // OR within a dimension
      "region=Kazakhstan&org=Jund+al-Khilafah              | 1",   // AND across dimensions
      "-region=Kyrgyzstan                                  | 29",  // NOT
      "region=Kazakhstan&-org=Islamic+Movement+of+Uzbekistan | 2",
      "from=2011&to=2011                                   | 2",   // range on the publication day
      "from=2011-06                                        | 49",
      "to=2011-05-17                                       | 2",
      "region=Nowhere                                      | 0",   // unknown values filter to nothing, quietly
      "org=%3Cscript%3E                                    | 0",
      "q=-bulletin                                         | 7",   // a negative query is everything but
      "q=region:kazakhstan                                 | 3",   // facet terms in the box, any case
      "q=insurg*                                           | 1",
      "q=title:bulletin                                    | 45",
      "q=bulletin+-Tajikistan+OR+Kyrgyzstan                | 45",
  })
  void filtersCombine(String qs, long total) throws Exception {
    assertThat(search(qs).total()).isEqualTo(total);
  }

  @Test
  void aSearchRepeatedFromKeptHitSetsAnswersAsTheFirstTime() throws Exception {
    List<String> searches = List.of("q=bulletin", "q=bulletin&region=Kyrgyzstan", "q=security+OR+statement&page=2",
        "q=bulletin&region=Kyrgyzstan&region=Tajikistan&org=Bravo+Group&from=2014",
        "q=%22police+station%22&-region=Kyrgyzstan", "q=security+OR+statement&sort=oldest&region=Tajikistan",
        "q=bulletin+-Tajikistan&to=2014-06", "region=Kazakhstan&-org=Islamic+Movement+of+Uzbekistan", "");
    service.clearHitSets();
    List<String> first = new java.util.ArrayList<>();
    for (String qs : searches) first.add(everything(search(qs)));
    long kept = service.index().hitSetHits();
    List<String> again = new java.util.ArrayList<>();
    for (String qs : searches) again.add(everything(search(qs)));
    assertThat(again).isEqualTo(first);
    assertThat(service.index().hitSetHits()).as("searches answered from kept sets").isGreaterThan(kept);
    assertThat(first.get(3)).as("a drill-down with hits").doesNotStartWith("0 ");
  }

  /** A result as a user sees it: total, the page's hits in order, every facet value with its count. */
  private static String everything(SearchResult r) {
    StringBuilder out = new StringBuilder().append(r.total()).append(' ').append(titles(r));
    for (FacetGroup g : r.facets()) {
      out.append('\n').append(g.dim().key).append(':');
      values(g.values(), out);
    }
    return out.toString();
  }

  private static void values(List<FacetValue> values, StringBuilder out) {
    for (FacetValue v : values) {
      out.append(' ').append(v.path()).append('=').append(v.count()).append(v.selected() ? "✓" : "");
      values(v.children(), out);
    }
  }

  @Test
  void sortsByDateWithUndatedReportsLast() throws Exception {
    SearchResult newest = search("q=security+OR+statement&sort=newest&page=1");
    assertThat(newest.hits().get(0).date()).startsWith("2014-12");
    SearchResult oldest = search("q=security+OR+statement&sort=oldest");
    assertThat(oldest.hits().get(0).title()).isEqualTo("Militant group issues statement");
    SearchResult lastOldest = search("q=security+OR+statement&sort=oldest&page=3");
    assertThat(lastOldest.hits().get(lastOldest.hits().size() - 1).date()).isEmpty(); // the undated memo
  }

  @Test
  void suggestsASpellingForWordsTheIndexDoesNotKnow() throws Exception {
    assertThat(search("q=Aktbe").suggestion()).isEqualTo("aktobe");
    // suggestions are index terms, which are stemmed: "insurgency" is indexed as "insurgent"
    assertThat(search("q=karaganda+insurgensy").suggestion()).isEqualTo("karaganda insurgent");
    assertThat(search("q=Aktobe").suggestion()).isNull();
    assertThat(search("q=Aqtobe").suggestion()).isNull(); // a known spelling variant, not a typo
  }

  @Test
  void snippetsMarkTheQueryAndKeepMarkupAsText() throws Exception {
    Hit hit = search("q=bold").hits().get(0);
    assertThat(hit.title()).isEqualTo(TestCorpus.SCRIPT_TITLE);
    assertThat(hit.snippet().segments()).contains(new Segment("bold", 1));
    assertThat(hit.snippet().html()).contains("&lt;b&gt;<mark>bold</mark>&lt;/b&gt; &amp; &quot;quotes&quot;")
        .doesNotContain("<b>", "<img");
    Hit aktobe = search("q=Aktobe").hits().get(0);
    assertThat(aktobe.snippet().segments()).filteredOn(Segment::isHit).extracting(Segment::text)
        .containsOnly("Aktobe");
  }

  @Test
  void aDocumentShowsItsWholeTextWithNumberedMatches() throws Exception {
    String id = DocumentIds.of(TestCorpus.AKTOBE_ATTACK);
    DocumentView d = service.document(id, SearchStateTest.parse("q=Aktobe")).orElseThrow();
    assertThat(d.hits()).isEqualTo(2);
    assertThat(d.text()).filteredOn(Segment::isHit).extracting(Segment::hit).containsExactly(1, 2);
    assertThat(String.join("", d.text().stream().map(Segment::text).toList())).startsWith("On 17 May 2011");
    assertThat(d.facets().get(FacetDim.REGION)).containsExactly("Kazakhstan/Aktobe Region/Aktobe");
    assertThat(d.facets().get(FacetDim.DATE)).containsExactly("2011/05");
    assertThat(d.original()).isTrue();
    assertThat(service.document(id, SearchState.empty()).orElseThrow().hits()).isZero();
    assertThat(service.document("0000000000000000", SearchState.empty())).isEmpty();
    assertThat(service.document("../../etc/passwd", SearchState.empty())).isEmpty();
  }

  @Test
  void originalsAreFoundByIdInsideTheCorpusOnly() throws Exception {
    var original = service.original(DocumentIds.of(TestCorpus.AKTOBE_ATTACK)).orElseThrow();
    assertThat(Files.readString(original.file())).startsWith("On 17 May 2011");
    assertThat(original.fileName()).isEqualTo("aktobe-attack.txt");
    assertThat(service.original("..%2F..%2Fetc")).isEmpty();
    assertThat(service.original("ffffffffffffffff")).isEmpty();
  }
  /** A server started with --index only serves originals from the corpus folder the indexer recorded. */
  @Test
  void originalsAreFoundThroughTheCorpusRecordedInTheIndex(@TempDir Path other) throws Exception {
    TestCorpus.build(other.resolve("index"), other.resolve("corpus"));
    try (SearchService withoutCorpus = new SearchService(other.resolve("index"), null, QueryExpander.NONE, 60_000)) {
      var original = withoutCorpus.original(DocumentIds.of(TestCorpus.AKTOBE_ATTACK)).orElseThrow();
      assertThat(original.file()).startsWith(other.resolve("corpus").toRealPath());
      assertThat(withoutCorpus.document(DocumentIds.of(TestCorpus.AKTOBE_ATTACK), SearchState.empty()).orElseThrow()
          .original()).isTrue();
    }
  }


  @Test
  void refusedQueriesSayWhy() {
    assertThatThrownBy(() -> search("q=*stan")).isInstanceOf(InvalidSearchException.class);
    assertThatThrownBy(() -> search("page=999")).isInstanceOf(InvalidSearchException.class);
  }

  @Test
  void withoutAnIndexTheServiceAnswersEmpty(@TempDir Path nothing) throws Exception {
    try (SearchService s = new SearchService(nothing.resolve("index"), null, QueryExpander.NONE, 60_000)) {
      assertThat(s.status().ready()).isFalse();
      assertThat(s.search(SearchState.empty().withQuery("x")).total()).isZero();
      assertThat(s.document(DocumentIds.of("a"), SearchState.empty())).isEmpty();
      assertThat(s.stats(5)).isNull();
    }
  }
}
