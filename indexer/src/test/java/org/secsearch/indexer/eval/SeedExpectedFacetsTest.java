package org.secsearch.indexer.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.secsearch.indexer.enrich.NameFolder;
import org.secsearch.indexer.enrich.Report;

/**
 * The seed article through the whole pipeline (extraction, metadata, facets), scored by the rules of
 * {@code shared/seed/expected-facets.json}: every required region and organization among the report's values,
 * at most 2 values of each outside the required and allowed lists, publication, volume and issue right.
 */
class SeedExpectedFacetsTest {
  @Test
  void theSeedReportCarriesTheExpectedFacets() throws IOException {
    Path seed = Path.of(System.getProperty("secsearch.shared", "../shared"), "seed");
    Path facets = seed.resolve("expected-facets.json");
    Assumptions.assumeTrue(Files.isRegularFile(facets), "shared/seed absent, skipping: " + seed);
    JsonNode all = new ObjectMapper().readTree(facets.toFile());
    int files = 0;
    for (var it = all.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (name.startsWith("_")) continue;
      files++;
      JsonNode expected = all.get(name);
      Report r = new InProcessEnrichment().report(seed, seed.resolve(name));
      List<String> regionsOutside = check("regions", r.regions(), expected.get("regions_required"),
          expected.get("regions_allowed"));
      List<String> orgsOutside = check("organizations", r.organizations(), expected.get("orgs_required"),
          expected.get("orgs_allowed"));
      System.out.printf("seed %s: publication=%s volume=%s issue=%s date=%s (%s)%n  regions %s%n  organizations %s%n"
              + "  outside the lists: regions %s, organizations %s%n", name, r.publication(), r.volume(), r.issue(),
          r.date(), r.dateSource(), r.regions(), r.organizations(), regionsOutside, orgsOutside);
      assertThat(regionsOutside).hasSizeLessThanOrEqualTo(2);
      assertThat(orgsOutside).hasSizeLessThanOrEqualTo(2);
      assertThat(r.publication()).isEqualTo(expected.get("publication").asText());
      assertThat(r.volume()).isEqualTo(expected.get("volume").asText());
      assertThat(r.issue()).isEqualTo(expected.get("issue").asText());
    }
    assertThat(files).isPositive();
  }

  /** Asserts every required item is found; returns the values that match no required or allowed item. */
  private static List<String> check(String what, List<String> values, JsonNode required, JsonNode allowed) {
    for (JsonNode item : required) {
      assertThat(values).as("required %s %s", what, item).anyMatch(v -> matches(v, item));
    }
    List<String> outside = new ArrayList<>();
    for (String v : values) {
      boolean listed = false;
      for (JsonNode item : required) listed |= matches(v, item);
      for (JsonNode item : allowed) listed |= matches(v, item);
      if (!listed) outside.add(v);
    }
    return outside;
  }

  /** The file's rule: the value contains one of the spellings as whole words, case and accents folded. */
  static boolean matches(String value, JsonNode spellings) {
    String v = " " + words(value) + " ";
    for (JsonNode s : spellings) {
      if (v.contains(" " + words(s.asText()) + " ")) return true;
    }
    return false;
  }

  private static String words(String s) {
    return NameFolder.lowerAscii(s).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
