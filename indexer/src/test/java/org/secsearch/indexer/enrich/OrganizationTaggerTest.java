package org.secsearch.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The organization rules, one table each: aliases, acronyms, ambiguity, definitions, discovery, citations. */
class OrganizationTaggerTest {
  private static final OrganizationTagger TAGGER = OrganizationTagger.standard();

  /** "value@rule" for every mention, '|'-joined, so a table row states what fired as well as what was found. */
  private static String tags(String text, String context) {
    Set<String> countries = context == null ? Set.of() : Set.copyOf(Arrays.asList(context.split(" ")));
    return TAGGER.tag(text, countries).stream().map(t -> t.value() + "@" + t.rule())
        .collect(Collectors.joining("|"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', nullValues = "-", value = {
      "Militants of the Islamic Movement of Uzbekistan crossed; -; Islamic Movement of Uzbekistan@alias",
      "THE ISLAMIC MOVEMENT OF UZBEKISTAN CLAIMED THE ATTACK.; -; Islamic Movement of Uzbekistan@alias",
      "Fighters of Sendero Luminóso attacked; -; Shining Path@alias",
      "A Harakat ul Mujahidin cell; -; Harakat ul-Mujahideen@alias",
      "A Harkat-ul-Mujahideen cell; -; Harakat ul-Mujahideen@alias",
      "Members of Jama'at Ansarullah; -; Jamaat Ansarullah@alias",
      "Members of Jamaat Ansarullah; -; Jamaat Ansarullah@alias",
      "Members of al-Shabaab; -; Al-Shabaab@alias",
      "Members of Al Shabab; -; Al-Shabaab@alias",
      "Supporters of Ansar ash-Sharia in Tunisia; -; Ansar al-Sharia in Tunisia@alias",
      "A Lashkar e Taiba camp; -; Lashkar-e-Taiba@alias",
      "The Organization for Security and Cooperation in Europe said; -; Organization for Security and Co-operation in Europe@alias",
      "Hamas's leaders said; -; Hamas@alias",
      "the taliban, written in small letters, is not a name here; -; ''",
      "The Zarate Wilka Armed Forces of Liberation; -; Zarate Willka Armed Forces of Liberation@alias",
      "THE EXTRADITABLES CLAIMED THE BOMBING.; -; Medellin Cartel@alias",
      "SOME OF THE ARRESTED PERSONS ARE EXTRADITABLE.; -; ''",
  })
  void aliasesMatchAcrossCaseAccentsHyphensApostrophesAndArticles(String text, String context, String expected) {
    assertThat(tags(text, context)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', nullValues = "-", value = {
      "The IMU and the IJU trained together.; -; Islamic Movement of Uzbekistan@acronym|Islamic Jihad Union@acronym",
      "FSB officers detained two men.; -; Federal Security Service (Russia)@acronym",
      "the imu in small letters is no acronym; -; ''",
      "The IS fighters withdrew.; -; ''",
      "THE ARMY SAID IT IS FAR FROM OVER AND FMLN REBELS FLED.; -; Farabundo Marti National Liberation Front@acronym",
      "Guatemalan FAR guerrillas attacked a post.; GT; Rebel Armed Forces (Guatemala)@acronym",
      "WHAT IS FAR FROM OVER; GT; ''",
      "The UC-ELN claimed it.; -; National Liberation Army (Colombia)@acronym",
      "M-19 guerrillas; -; 19th of April Movement@acronym",
  })
  void acronymsAreCaseSensitiveAndNeverOrdinaryWordsInCapitals(String text, String context, String expected) {
    assertThat(tags(text, context)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = ';', nullValues = "-", value = {
      "A National Security Committee officer said.; KZ; National Security Committee (Kazakhstan)@alias",
      "A National Security Committee officer said.; KG; National Security Committee (Kyrgyzstan)@alias",
      "A National Security Committee officer said.; UZ; ''",
      "A National Security Committee officer said.; -; ''",
      "The MVD reported arrests.; RU; Ministry of Internal Affairs (Russia)@acronym",
      "The MVD reported arrests.; -; ''",
      "Kazakhstan and Kyrgyzstan: in Kazakhstan the National Security Committee acted.; KZ KG; National Security Committee (Kazakhstan)@alias",
      "The Salvadoran Army and the National Guard clashed with rebels.; -; Armed Forces of El Salvador@alias|National Guard (El Salvador)@alias",
  })
  void ambiguousNamesFollowTheDocumentsCountries(String text, String context, String expected) {
    assertThat(tags(text, context)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', nullValues = "-", value = {
      "The Organization of Patriotic Youth (OPY) was banned. Later OPY members were held.; -; Organization of Patriotic Youth@discovered|Organization of Patriotic Youth@defined-acronym|Organization of Patriotic Youth@defined-acronym",
      "JKD (Jamaat Kavkaz Dagestan) issued a statement.; -; Jamaat Kavkaz Dagestan@defined-acronym|Jamaat Kavkaz Dagestan@discovered",
      "The Islamic State (IS) claimed it. Later IS fighters withdrew.; -; Islamic State@alias|Islamic State@defined-acronym|Islamic State@defined-acronym",
      "Russian Federal Security Service (Federal'naya sluzhba bezopasnosti – FSB) agents; -; Federal Security Service (Russia)@alias|Federal Security Service (Russia)@alias|Federal Security Service (Russia)@defined-acronym",
      "THE PATRIOTIC YOUTH FRONT (PYF) ATTACKED. PYF MEMBERS FLED.; -; Patriotic Youth Front@discovered|Patriotic Youth Front@defined-acronym|Patriotic Youth Front@defined-acronym",
      "FMLN [FARABUNDO MARTI NATIONAL LIBERATION FRONT] TROOPS; -; Farabundo Marti National Liberation Front@defined-acronym|Farabundo Marti National Liberation Front@alias",
      "THE BREAD, LAND, WORK, AND FREEDOM MOVEMENT [MPTL] MARCHED.; -; ''",
  })
  void documentsDefineTheirOwnAcronyms(String text, String context, String expected) {
    assertThat(tags(text, context)).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void anOrdinaryNameWordBeforeABracketIsNoAcronymInCapitals() {
    List<Tag> tags = TAGGER.tag(
        "IRAQI FORCES ADVANCED ON MOSUL. THE POPULAR MOBILIZATION FORCES (HASHD AL-SHAABI) MOVED WEST.", Set.of());
    assertThat(tags).noneMatch(t -> t.start() == 6); // the first FORCES is not "defined" by the bracket
    assertThat(tags).extracting(Tag::value).contains("Popular Mobilization Forces");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "THE ECUADORAN GROUP \"FREE HOMELAND MONTONEROS\" ([MPL]) REITERATED ITS STRUGGLE. THE MPL SAID SO.; Cinchoneros Popular Liberation Movement",
      "The \"Free Homeland Montoneros\" (MPL) said so, and the MPL repeated it.; Cinchoneros Popular Liberation Movement",
  })
  void aQuotedNameBeforeAnAcronymRedefinesIt(String text, String absent) {
    assertThat(TAGGER.values(text, Set.of())).doesNotContain(absent);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', nullValues = "-", value = {
      "Police said the Karakalpak Liberation Front claimed the blast.; Karakalpak Liberation Front",
      "A cell of the East Kazakhstan Mujahideen Brigade was found.; East Kazakhstan Mujahideen Brigade",
      "An officer of the Aktobe Special Police Regiment was shot.; Aktobe Special Police Regiment",
      "An officer of the Rapid Reaction Brigade was shot.; Rapid Reaction Brigade",
      "The Spiritual Board of Believers of Turkestan met on Friday.; Spiritual Board of Believers of Turkestan",
      "After the raid, the State Commission for Religious Affairs announced checks.; State Commission for Religious Affairs",
  })
  void discoversWellFormedUnknownNames(String text, String expected) {
    assertThat(TAGGER.tag(text, Set.of())).extracting(Tag::value, Tag::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(expected, OrganizationTagger.DISCOVERED));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "The National Army advanced on the town.",
      "He met the Russian Army chief in Moscow.",
      "Opposition Party leaders met on Monday.",
      "The leftist Party was banned.",
      "They gathered in front of the party headquarters.",
      "the liberation front of the war moved south.",
      "'Army Kills Five Militants In Raid On Party Office\n\nThe raid was on Monday.'",
      "The Soviet Union collapsed in 1991.",
      "A Security Council resolution was adopted.",
      "THE SALVADORAN ARMY ATTACKED THE ENEMY BATTALION NEAR THE FRONT.",
      "THE GUERRILLAS OF THE MODESTO RAMIREZ COMMANDO ATTACKED.",
  })
  void rejectsDescriptionsFragmentsAndAllCapsGuesses(String text) {
    assertThat(TAGGER.tag(text, Set.of())).extracting(Tag::rule).doesNotContain(OrganizationTagger.DISCOVERED);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "Listeners heard it (Radio Farabundo Marti, March 3).",
      "CLANDESTINE, 8 JAN 90 (RADIO FARABUNDO MARTI) -- [TEXT] A WAR BULLETIN WAS READ.",
      "'He said so (Kavkaz Center, May 4; Interfax, May 5).'",
  })
  void outletsInCitationsAreNotOrganizations(String text) {
    assertThat(TAGGER.tag(text, Set.of())).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "Fighters of the Islamic Movement of Uzbekistan; 16; 46",
      "IMU fighters; 0; 3",
  })
  void tagsCarryTheirEvidenceSpan(String text, int start, int end) {
    List<Tag> tags = TAGGER.tag(text, Set.of());
    assertThat(tags).hasSize(1);
    assertThat(tags.get(0).start()).isEqualTo(start);
    assertThat(tags.get(0).end()).isEqualTo(end);
  }
}
