package org.secsearch.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A mix line read from queries.tsv, and the same query as our search page and as PostgreSQL receive it. */
class MixTranslationTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "term-01   | term   | attack         |                          | attack           | attack           | /search?q=attack",
      "and-02    | and    | suicide bomber | country=Iraq             | suicide bomber   | suicide bomber   | /search?q=suicide%20bomber&region=Iraq",
      "phrase-03 | phrase | human rights   | year=2011                | '\"human rights\"' | '\"human rights\"' | /search?q=%22human%20rights%22&date=2011",
      "or-04     | or     | kidnap ransom  | org=Taliban;year=2012    | kidnap OR ransom | kidnap or ransom | /search?q=kidnap%20OR%20ransom&org=Taliban&date=2012",
      "rare-05   | rare   | zakat          | country=Mali;org=Ansar Dine | zakat         | zakat            | /search?q=zakat&region=Mali&org=Ansar%20Dine",
  })
  void eachSystemGetsTheSameSearch(String name, String kind, String terms, String filters, String box,
      String websearch, String url, @TempDir Path dir) throws Exception {
    Path file = dir.resolve("queries.tsv");
    String line = String.join("\t", name, kind, terms, filters == null ? "" : filters);
    Files.writeString(file, QueryMixFile.HEADER + "\n" + line + "\n");
    BenchQuery q = QueryMixFile.read(file).get(0);
    QueryMixFile.write(file, List.of(q));
    assertThat(Files.readString(file)).isEqualTo(QueryMixFile.HEADER + "\n" + line + "\n");
    assertThat(WebSearches.text(q)).isEqualTo(box);
    assertThat(PgSearches.websearch(q)).isEqualTo(websearch);
    assertThat(WebSearches.path(q)).isEqualTo(url);
  }

  @Test
  void postgresBindsOneParameterPerFilterBetweenTheMatchAndTheHeadline() {
    BenchQuery q = new BenchQuery("x", BenchQuery.Kind.AND, List.of("a", "b"), List.of(
        new BenchQuery.Filter(BenchQuery.Dim.COUNTRY, "Iraq"), new BenchQuery.Filter(BenchQuery.Dim.YEAR, "2011")));
    String sql = PgSearches.sql(q);
    assertThat(sql.chars().filter(c -> c == '?').count()).isEqualTo(2 + 2 + 1);
    assertThat(sql).contains("country @> ARRAY[?]::text[] AND year = ?", "ts_rank_cd", "ts_headline",
        "GROUP BY v", "GROUP BY year", "GROUP BY format", "LIMIT 10");
  }

  @Test
  void aMalformedLineIsRefusedWithItsLineNumber(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("queries.tsv");
    Files.writeString(file, QueryMixFile.HEADER + "\nterm-01\tterm\tattack\n");
    assertThatThrownBy(() -> QueryMixFile.read(file)).hasMessageContaining(":2: expected 4");
  }
}
