package org.secsearch.web.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.secsearch.indexer.enrich.PartialDate;
import org.secsearch.indexer.schema.FacetDim;

/** The URL ⇄ state round trip: canonical, stable, forgiving of unknown parameters, strict about bad values. */
class SearchStateTest {
  /** Parses a raw query string the way a server would (decoded, repeated names kept in order). */
  static SearchState parse(String qs) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    for (String pair : qs.split("&")) {
      if (pair.isEmpty()) continue;
      int eq = pair.indexOf('=');
      String name = java.net.URLDecoder.decode(pair.substring(0, eq), java.nio.charset.StandardCharsets.UTF_8);
      String value = java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8);
      params.computeIfAbsent(name, k -> new java.util.ArrayList<>()).add(value);
    }
    return SearchState.parse(params);
  }

  @ParameterizedTest(name = "{0}  →  {1}")
  @CsvSource(delimiter = '|', value = {
      "''                                                  | ''",
      "q=IMU                                               | q=IMU",
      "q=+IMU++Aktobe+                                     | q=IMU%20Aktobe",
      "org=Taliban&region=Kazakhstan/Aktobe+Region&q=x     | q=x&region=Kazakhstan/Aktobe%20Region&org=Taliban",
      "region=Russia&region=Kazakhstan                     | region=Kazakhstan&region=Russia",
      "region=Kazakhstan&region=Kazakhstan                 | region=Kazakhstan",
      "region=Kazakhstan//Aktobe+Region/                   | region=Kazakhstan/Aktobe%20Region",
      "-org=Taliban&org=IMU                                | org=IMU&-org=Taliban",
      "sort=relevance&page=1                               | ''",
      "page=3&sort=newest&to=2012&from=2010-07             | from=2010-07&to=2012&sort=newest&page=3",
      "utm_source=mail&q=x&foo=bar                         | q=x",
      "q=caf%C3%A9+%22car+bomb%22                          | q=caf%C3%A9%20%22car%20bomb%22",
      "q=insurg*+region:x+(a+OR+b)+%26+c%3Dd%2Be%23        | q=insurg*%20region:x%20(a%20OR%20b)%20%26%20c%3Dd%2Be%23",
      "date=2011/07&format=PDF&pub=Terrorism+Monitor       | date=2011/07&pub=Terrorism%20Monitor&format=PDF",
  })
  void rendersOneCanonicalQueryString(String input, String canonical) {
    SearchState s = parse(input);
    assertThat(s.toQueryString()).isEqualTo(canonical);
    assertThat(parse(s.toQueryString())).isEqualTo(s); // the canonical form parses back to the same state
  }

  @Test
  void equalStatesGiveByteIdenticalUrlsWhateverTheOrderOfChanges() {
    SearchState a = SearchState.empty().withQuery("IMU").withFacet(FacetDim.REGION, "Kazakhstan/Aktobe Region")
        .withFacet(FacetDim.ORGANIZATION, "Islamic Movement of Uzbekistan").withSort(Sort.NEWEST);
    SearchState b = SearchState.empty().withSort(Sort.NEWEST)
        .withFacet(FacetDim.ORGANIZATION, "Islamic Movement of Uzbekistan")
        .withFacet(FacetDim.REGION, "Kazakhstan/Aktobe Region").withQuery("IMU");
    assertThat(a.href()).isEqualTo(b.href()).isEqualTo(
        "/search?q=IMU&region=Kazakhstan/Aktobe%20Region&org=Islamic%20Movement%20of%20Uzbekistan&sort=newest");
  }

  @Test
  void everyChangeGoesBackToTheFirstPage() {
    SearchState s = SearchState.empty().withQuery("x").withPage(4);
    assertThat(s.withFacet(FacetDim.REGION, "Russia").page()).isEqualTo(1);
    assertThat(s.withExclude(FacetDim.REGION, "Russia").page()).isEqualTo(1);
    assertThat(s.withSort(Sort.OLDEST).page()).isEqualTo(1);
    assertThat(s.withQuery("y").page()).isEqualTo(1);
    assertThat(s.withRange(PartialDate.parse("2010"), null).page()).isEqualTo(1);
  }

  @Test
  void includingAndExcludingAValueAreExclusive() {
    SearchState s = SearchState.empty().withFacet(FacetDim.ORGANIZATION, "Taliban");
    SearchState x = s.withExclude(FacetDim.ORGANIZATION, "Taliban");
    assertThat(x.toQueryString()).isEqualTo("-org=Taliban");
    assertThat(x.withFacet(FacetDim.ORGANIZATION, "Taliban").toQueryString()).isEqualTo("org=Taliban");
    assertThat(s.toggle(FacetDim.ORGANIZATION, "Taliban").isEmpty()).isTrue();
  }

  @Test
  void clearAllKeepsTheQueryAndTheOrder() {
    SearchState s = parse("q=x&region=Russia&-org=Taliban&from=2010&sort=oldest&page=2");
    assertThat(s.withoutFilters().toQueryString()).isEqualTo("q=x&sort=oldest");
  }

  @Test
  void formFieldsCarryTheRestOfTheStateButNeverThePage() {
    SearchState s = parse("q=x&region=Russia&region=Kazakhstan&org=IMU&page=2");
    assertThat(s.formFieldsExcept("region")).extracting(SearchState.Param::name).containsExactly("q", "org");
    assertThat(s.formFieldsExcept("q")).extracting(SearchState.Param::value)
        .containsExactly("Kazakhstan", "Russia", "IMU");
  }

  @Test
  void documentLinksKeepTheSearch() {
    assertThat(parse("q=IMU&region=Kazakhstan").docHref("0123456789abcdef"))
        .isEqualTo("/doc/0123456789abcdef?q=IMU&region=Kazakhstan");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "page=0                  | Page numbers start at 1",
      "page=-1                 | is not a page number",
      "page=abc                | is not a page number",
      "page=99999999999        | is not a page number",
      "page=501                | up to the 10,000th",
      "from=2011-13            | is not a date",
      "from=July+2011          | is not a date",
      "to=2011-02-30           | is not a date",
      "from=2012&to=2011       | starts (2012) after it ends (2011)",
      "sort=best               | Unknown sort order",
  })
  void refusesMalformedValuesWithAMessageForTheUser(String input, String message) {
    assertThatThrownBy(() -> parse(input)).isInstanceOf(InvalidSearchException.class).hasMessageContaining(message);
  }

  @Test
  void capsTheNumberAndLengthOfFacetValues() {
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 51; i++) many.append("&org=o").append(i);
    assertThatThrownBy(() -> parse(many.substring(1))).hasMessageContaining("the limit is 50");
    assertThatThrownBy(() -> parse("org=" + "x".repeat(301))).hasMessageContaining("longer than 300");
  }

  /** A long query of short words doubles once its spaces are %20: the server could not take its own link. */
  @Test
  void refusesASearchWhoseCanonicalLinkWouldBeTooLong() {
    assertThat(parse("q=" + "a+".repeat(1000)).toQueryString()).hasSize(3_999);
    assertThatThrownBy(() -> parse("q=" + "a+".repeat(1001))).isInstanceOf(InvalidSearchException.class)
        .hasMessageContaining("too long for a link (4,003 characters once encoded; the limit is 4,000)");
  }

  @Test
  void describesTheSearchInWords() {
    SearchState s = parse("q=IMU&region=Kazakhstan/Aktobe+Region&region=Russia&-org=Taliban&date=2011/07"
        + "&from=2010&to=2012-06");
    assertThat(SearchDescription.of(s)).isEqualTo("“IMU” · Region: Kazakhstan › Aktobe Region or Russia"
        + " · not Organization: Taliban · Date: July 2011 · 2010 to June 2012");
    assertThat(SearchDescription.of(SearchState.empty())).isEqualTo("All reports");
  }
}
