package org.secsearch.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The seed report: every region an analyst requires is found, and little else. */
class PlaceTaggerSeedTest {
  private static final String SEED = "000_d0f2352eab14d90b.txt";

  @Test
  void findsTheRegionsAnAnalystExpects() throws IOException {
    Path seed = Path.of(System.getProperty("secsearch.shared", "../shared")).resolve("seed");
    Assumptions.assumeTrue(Files.isDirectory(seed), "shared/seed absent, skipping: " + seed);
    JsonNode expected = new ObjectMapper().readTree(seed.resolve("expected-facets.json").toFile()).get(SEED);
    Set<String> regions = PlaceTagger.standard().tag(Files.readString(seed.resolve(SEED))).regionValues();
    System.out.println("Seed regions: " + regions);

    List<List<String>> required = items(expected.get("regions_required"));
    List<List<String>> known = new ArrayList<>(required);
    known.addAll(items(expected.get("regions_allowed")));
    for (List<String> item : required) {
      assertThat(regions).as("required " + item).anyMatch(value -> matches(value, item));
    }
    List<String> outside = regions.stream().filter(v -> known.stream().noneMatch(item -> matches(v, item))).toList();
    assertThat(outside).as("values outside required and allowed").hasSizeLessThanOrEqualTo(2);
  }

  private static List<List<String>> items(JsonNode array) {
    List<List<String>> items = new ArrayList<>();
    array.forEach(item -> {
      List<String> spellings = new ArrayList<>();
      item.forEach(s -> spellings.add(s.asText()));
      items.add(spellings);
    });
    return items;
  }

  /** True when the value contains one of the spellings as whole words, case-insensitive, accents folded. */
  static boolean matches(String value, List<String> spellings) {
    String v = fold(value);
    return spellings.stream().anyMatch(s -> Pattern.compile("\\b" + Pattern.quote(fold(s)) + "\\b").matcher(v).find());
  }

  private static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
  }
}
