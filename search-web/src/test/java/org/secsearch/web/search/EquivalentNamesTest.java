package org.secsearch.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.secsearch.indexer.enrich.NameGroups;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EquivalentNamesTest {
  private static final EquivalentNames STANDARD = EquivalentNames.standard();

  /** The authority file and places layer feed search: acronyms, translations, transliterations, old names. */
  @ParameterizedTest(name = "{0} finds {1}")
  @CsvSource(delimiter = '|', value = {
      "IMU                              | Islamic Movement of Uzbekistan",
      "Islamic Movement of Uzbekistan   | IMU",
      "ISIL                             | Islamic State",
      "Daesh                            | ISIS",
      "Aqtobe                           | Aktyubinsk",
      "AQTÖBE                           | Aktobe Region",
      "Tehrik-e-Taliban Pakistan        | TTP",
      "Collective Security Treaty Organization | CSTO",
  })
  void findsTheOtherNamesOfAGroup(String typed, String expected) {
    assertThat(STANDARD.equivalents(typed)).contains(expected).doesNotContain(typed);
  }

  /** Acronyms that are also words, and names that hold only in a country's context, expand to nothing. */
  @ParameterizedTest
  @CsvSource({"is", "IS", "let", "LET", "imu", "in", "the"})
  void wordsThatAreAlsoAcronymsDoNotExpand(String typed) {
    assertThat(STANDARD.equivalents(typed)).isEmpty();
  }

  @Test
  void aNameInTwoGroupsFindsBoth() {
    EquivalentNames names = EquivalentNames.of(List.of(group("Aktobe Region", "Aktobe"),
        group("Aktobe", "Aktyubinsk"), group("Solo")));
    assertThat(names.equivalents("aktobe")).containsExactlyInAnyOrder("Aktobe Region", "Aktyubinsk");
    assertThat(names.equivalents("Solo")).isEmpty();
    assertThat(names.maxWords()).isEqualTo(2);
  }

  @Test
  void anAcronymStandsForItsGroupOnlyAsWritten() {
    EquivalentNames names = EquivalentNames.of(List.of(
        new NameGroups.Group(List.of("Lashkar-e-Taiba", "LeT", "Lashkar-e-Tayyiba"), List.of("LeT"))));
    assertThat(names.equivalents("LeT")).containsExactly("Lashkar-e-Taiba", "Lashkar-e-Tayyiba");
    assertThat(names.equivalents("let")).isEmpty();
    assertThat(names.equivalents("lashkar e taiba")).containsExactly("LeT", "Lashkar-e-Tayyiba");
  }

  private static NameGroups.Group group(String... names) {
    return new NameGroups.Group(List.of(names), List.of());
  }
}
