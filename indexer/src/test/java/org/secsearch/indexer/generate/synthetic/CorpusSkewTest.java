package org.secsearch.indexer.generate.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The planted facets have the cardinalities and skew of real reporting: hundreds of provinces and organizations
 * at 100,000 documents, more as the corpus grows, a few countries and groups far ahead of a long tail.
 * Only plans are drawn (no prose), so 100,000 take a fraction of a second.
 */
class CorpusSkewTest {
  private final ReportComposer composer = ReportComposer.standard();

  record Counts(int docs, Map<String, Integer> countries, Set<String> divisions, Map<String, Integer> orgs,
      Set<Integer> years) {}

  Counts count(int docs) {
    Map<String, Integer> countries = new HashMap<>();
    Set<String> divisions = new HashSet<>();
    Map<String, Integer> orgs = new HashMap<>();
    Set<Integer> years = new HashSet<>();
    for (int i = 0; i < docs; i++) {
      Plan p = composer.plan(1, i, "txt");
      countries.merge(p.scene().country().place().countryCode(), 1, Integer::sum);
      divisions.add(p.scene().division().place().id());
      orgs.merge(p.cast().group().org().name(), 1, Integer::sum);
      orgs.merge(p.cast().group2().org().name(), 1, Integer::sum);
      orgs.merge(p.cast().intl().org().name(), 1, Integer::sum);
      if (p.cast().agency() != null) orgs.merge(p.cast().agency().org().name(), 1, Integer::sum);
      years.add(p.date().getYear());
    }
    return new Counts(docs, countries, divisions, orgs, years);
  }

  @Test
  void cardinalityGrowsWithTheCorpusToHundredsOfProvincesAndOrganizations() {
    Counts small = count(200);
    Counts large = count(100_000);
    System.out.printf("200: %d countries, %d divisions, %d orgs; 100k: %d countries, %d divisions, %d orgs%n",
        small.countries().size(), small.divisions().size(), small.orgs().size(), large.countries().size(),
        large.divisions().size(), large.orgs().size());
    assertThat(large.divisions()).hasSizeGreaterThanOrEqualTo(500)
        .hasSizeGreaterThan(2 * small.divisions().size());
    assertThat(large.orgs()).hasSizeGreaterThanOrEqualTo(300);
    assertThat(large.orgs().size()).isGreaterThan(small.orgs().size() * 3 / 2);
    assertThat(large.countries()).hasSizeGreaterThanOrEqualTo(80);
    assertThat(large.years()).hasSize(15);
  }

  @Test
  void aFewCountriesAndGroupsDominateALongTail() {
    Counts c = count(20_000);
    double topCountry = share(c.countries(), c.docs());
    // Zipf with exponent 0.9 over ~90 countries: the first holds a tenth to a fifth, the tail a handful each.
    assertThat(topCountry).isBetween(0.10, 0.25);
    assertThat(c.countries().values().stream().filter(n -> n < c.docs() / 200).count()).isGreaterThan(30);
    assertThat(share(c.orgs(), c.docs())).isBetween(0.05, 0.40);
  }

  private static double share(Map<String, Integer> counts, int docs) {
    return counts.values().stream().mapToInt(Integer::intValue).max().orElse(0) / (double) docs;
  }
}
