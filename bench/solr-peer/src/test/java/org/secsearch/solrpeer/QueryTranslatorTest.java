package org.secsearch.solrpeer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.solr.client.solrj.SolrQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The queries.tsv reader and the Solr syntax each kind of query turns into. */
class QueryTranslatorTest {
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', textBlock = """
      term   | taliban        | (body:"taliban" title:"taliban"^3)
      rare   | shubarshi      | (body:"shubarshi" title:"shubarshi"^3)
      or     | ied mine       | (body:"ied" title:"ied"^3) (body:"mine" title:"mine"^3)
      phrase | car bomb       | (body:"car bomb" title:"car bomb"^3)
      and    | car bomb       | +(body:"car" title:"car"^3) +(body:"bomb" title:"bomb"^3)
      and    | kabul          | +(body:"kabul" title:"kabul"^3)
      term   | a"b\\c          | (body:"a\\"b\\\\c" title:"a\\"b\\\\c"^3)
      """)
  void mirrorsSearchWebQueryStructure(String kind, String terms, String expected) {
    assertThat(QueryTranslator.mainQuery(BenchQuery.parse("q\t" + kind + "\t" + terms + "\t"))).isEqualTo(expected);
  }

  @Test
  void anAndOfWordsIsReRankedByTheirProximityAsSearchWebDoes() {
    SolrQuery s = QueryTranslator.toSolr(BenchQuery.parse("a\tand\tcar bomb\t"));
    assertThat(s.get("rq")).isEqualTo("{!rerank reRankQuery=$rqq reRankDocs=400 reRankWeight=1}");
    assertThat(s.get("rqq")).isEqualTo("body:\"car bomb\"~8^2");
    assertThat(QueryTranslator.toSolr(BenchQuery.parse("k\tand\tkabul\t")).get("rq")).isNull();
    assertThat(QueryTranslator.toSolr(BenchQuery.parse("p\tphrase\tcar bomb\t")).get("rq")).isNull();
  }

  @Test
  void filtersBecomeTermFilterQueriesAndFacetsAreAlwaysCounted() {
    SolrQuery s = QueryTranslator.toSolr(BenchQuery.parse("f1\tterm\tattack\tcountry=Côte d'Ivoire;year=2019"));
    assertThat(s.getFilterQueries())
        .containsExactly("{!term f=country tag=country}Côte d'Ivoire", "{!term f=year tag=year}2019");
    assertThat(s.getFacetFields()).containsExactly("{!ex=country}country", "org", "{!ex=year}year", "format");
    assertThat(s.getFacetLimit()).isEqualTo(10);
    assertThat(s.getRows()).isEqualTo(10);
    assertThat(s.get("hl.method")).isEqualTo("unified");
  }

  @Test
  void readsTheInterfaceLineFormat() {
    BenchQuery q = BenchQuery.parse("and3\tAND\t  suicide   bomber \torg=Islamic State;country=Iraq");
    assertThat(q.kind()).isEqualTo(BenchQuery.Kind.AND);
    assertThat(q.terms()).containsExactly("suicide", "bomber");
    assertThat(q.filters()).containsExactly(new BenchQuery.Filter("org", "Islamic State"),
        new BenchQuery.Filter("country", "Iraq"));
    assertThat(BenchQuery.parse("t\tterm\tx").filters()).isEmpty();
  }

  @Test
  void rejectsUnknownKindsAndDimensions() {
    assertThatThrownBy(() -> BenchQuery.parse("x\tfuzzy\tword\t")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BenchQuery.parse("x\tterm\tword\tregion=Iraq"))
        .hasMessageContaining("unknown filter dimension");
    assertThatThrownBy(() -> BenchQuery.parse("x\tterm\t \t")).hasMessageContaining("no terms");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      2019-04-03 | 2019-04-03T00:00:00Z
      2019-04    | 2019-04-01T00:00:00Z
      2019       | 2019-01-01T00:00:00Z
      2019-13-40 |
      soon       |
      ''         |
      """)
  void datesOfAnyPrecisionStartTheirPeriod(String iso, String expected) {
    assertThat(DocLoader.instant(iso == null ? "" : iso)).isEqualTo(expected);
  }
}
