package org.secsearch.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The gazetteer: GeoNames loaded with the places.tsv layer, bare division names and filtered alternates. */
class GazetteerTest {
  private static final Gazetteer GAZETTEER = Gazetteer.standard();

  private static List<String> pathsOf(String name) {
    return Arrays.stream(GAZETTEER.names(TextFolder.key(name))).map(n -> n.place().path()).toList();
  }

  @Test
  void everyPlacesTsvEntryGivesItsDisplayNameAndAliases() {
    AliasLayer layer = AliasLayer.load("places.tsv");
    for (String line : WordLists.lines("places.tsv")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String code = line.split("\t")[0];
      AliasLayer.Entry entry = layer.get(code);
      Place place = GAZETTEER.place(code).orElseThrow();
      if (entry.display() != null) {
        assertThat(place.name()).as(code).isEqualTo(entry.display());
      }
      for (String alias : entry.aliases()) {
        assertThat(GAZETTEER.names(TextFolder.key(alias))).as(code + " alias " + alias)
            .anySatisfy(n -> assertThat(n.place()).isEqualTo(place));
      }
    }
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      KZ.04     | Kazakhstan/Aktobe Region
      KZ.09     | Kazakhstan/Mangystau Region
      KZ.07     | Kazakhstan/West Kazakhstan Region
      KZ.06     | Kazakhstan/Atyrau Region
      KZ.12     | Kazakhstan/Karaganda Region
      RU.17     | Russia/Dagestan
      1526273   | Kazakhstan/Astana
      610611    | Kazakhstan/Aktobe Region/Aktobe
      CI        | Côte d'Ivoire
      PA.08     | Panama/Panamá Province
      3703443   | Panama/Panamá Province/Panama City
      """)
  void filesEntriesUnderDisplayPaths(String code, String path) {
    assertThat(GAZETTEER.place(code).orElseThrow().path()).isEqualTo(path);
  }

  @ParameterizedTest(name = "bare name {0}")
  @CsvSource(delimiter = '|', textBlock = """
      San Miguel     | El Salvador/San Miguel Department
      Stavropol      | Russia/Stavropol Krai
      Udmurtiya      | Russia/Udmurtiya Republic
      Hadramaout     | Yemen/Hadramawt
      Tovuz          | Azerbaijan/Tovuz District
      """)
  void stripsGenericSuffixesAndPrefixesFromDivisionNames(String bare, String path) {
    assertThat(GAZETTEER.names(TextFolder.key(bare))).anySatisfy(n -> {
      assertThat(n.place().path()).isEqualTo(path);
      assertThat(n.kind()).isEqualTo(PlaceName.Kind.CORE);
    });
  }

  @Test
  void usesAlternateNamesSelectively() {
    // Single-word alternates of small places are dropped; a demonym-like stem ("Kazakh") never names a town.
    assertThat(pathsOf("Kazakh")).containsExactly("Kazakhstan");
    // An alternate never takes a key that names a bigger place or a country.
    assertThat(pathsOf("Kazakhstan")).containsExactly("Kazakhstan");
    // "Panama City" is Panamá's alternate as well as a smaller Florida town's own name.
    assertThat(pathsOf("Panama City")).contains("Panama/Panamá Province/Panama City");
    assertThat(GAZETTEER.names("the center")).isEmpty();
  }

  @Test
  void mapsPathsBackToCountryCodes() {
    assertThat(GAZETTEER.countryCode("Kazakhstan/Aktobe Region/Shubarshi")).contains("KZ");
    assertThat(GAZETTEER.countryCode("Russia")).contains("RU");
    assertThat(GAZETTEER.countryCode("Atlantis/Nowhere")).isEmpty();
  }
}
