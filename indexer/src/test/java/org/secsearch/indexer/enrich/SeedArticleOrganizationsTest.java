package org.secsearch.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The real Terrorism Monitor seed article: every required organization found, almost nothing unexpected. */
class SeedArticleOrganizationsTest {
  private static final String FILE = "000_d0f2352eab14d90b.txt";

  @Test
  void findsEveryRequiredOrganizationAndAtMostTwoUnexpectedValues() throws IOException {
    Path seed = Path.of(System.getProperty("secsearch.shared", "../../shared"), "seed");
    Assumptions.assumeTrue(Files.isRegularFile(seed.resolve(FILE)), "shared/seed absent, skipping");
    String text = Files.readString(seed.resolve(FILE));
    JsonNode expected = new ObjectMapper().readTree(seed.resolve("expected-facets.json").toFile()).get(FILE);
    // The countries a place tagger finds in this article (the caller supplies them in the pipeline).
    Set<String> countries = Set.of("KZ", "KG", "UZ", "RU", "PK", "AF");

    List<String> values = OrganizationTagger.standard().values(text, countries);
    List<String> sources = SourceTagger.standard().tag(text).stream().map(Tag::value).distinct().toList();
    System.out.println("seed organizations: " + values);
    System.out.println("seed sources: " + sources);

    for (JsonNode required : expected.get("orgs_required")) {
      assertThat(values).as("required %s", required).anyMatch(v -> matchesAny(v, required));
    }
    List<String> unexpected = new ArrayList<>();
    for (String v : values) {
      boolean listed = false;
      for (JsonNode item : expected.get("orgs_required")) {
        listed |= matchesAny(v, item);
      }
      for (JsonNode item : expected.get("orgs_allowed")) {
        listed |= matchesAny(v, item);
      }
      if (!listed) {
        unexpected.add(v);
      }
    }
    System.out.println("seed unexpected organizations: " + unexpected);
    assertThat(unexpected).hasSizeLessThanOrEqualTo(2);
    assertThat(sources).contains("Interfax-Kazakhstan", "Kommersant", "Tengri News", "KTK", "Delovaya Nedelia",
        "Kursiv", "Interfax Central Asia");
  }

  /** The expected-facets rule: the value contains one spelling as whole words, case and accents folded. */
  static boolean matchesAny(String value, JsonNode spellings) {
    String v = " " + NameFolder.lowerAscii(value).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
    for (JsonNode s : spellings) {
      String w = " " + NameFolder.lowerAscii(s.asText()).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
      if (v.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
