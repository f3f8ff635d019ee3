package org.secsearch.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Spelling variants of a name that must fold to the same key, and names that must stay apart. */
class NameFolderTest {
  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
      "Sendero Luminóso, SENDERO LUMINOSO",
      "Jama'at Ansarullah, Jamaat Ansarullah",
      "Jama’at Ansarullah, Jamaat Ansarullah",
      "Harakat ul-Mujahidin, Harakat ul Mujahidin",
      "Co-operation, Cooperation",
      "Abdullah Azzam Brigades, Abdullah Azzam Brigade",
      "People's Liberation Army, Peoples Liberation Army",
      "Zarate Willka, Zarate Wilka",
      "al-Shabaab, Al Shabab",
      "Ansar ash-Sharia, Ansar al-Sharia",
      "Jund al-Khilafah, Jund al-Khilafa",
      "Jamaat-ud-Dawa, Jama'at al-Dawa",
      "Lashkar-e-Taiba, Lashkar-i-Taiba",
      "Federal’naya sluzhba, Federalnaya Sluzhba",
  })
  void variantsMeet(String a, String b) {
    assertThat(OrganizationAuthority.aliasKey(a)).isEqualTo(OrganizationAuthority.aliasKey(b));
  }

  @ParameterizedTest(name = "{0} != {1}")
  @CsvSource({
      "Ansar al-Islam, Ansarul Islam",
      "Al-Mujahidin Brigades, Mujahideen Brigade",
      "Hamas, Hama",
      "ISIS, ISI",
  })
  void differentNamesStayApart(String a, String b) {
    assertThat(OrganizationAuthority.aliasKey(a)).isNotEqualTo(OrganizationAuthority.aliasKey(b));
  }
}
