package org.secsearch.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Table tests for the place tagger's rules: one table per rule, each row a sentence and what it must yield. */
class PlaceTaggerTest {
  private static final PlaceTagger TAGGER = PlaceTagger.standard();

  private static Set<String> regions(String text) {
    return TAGGER.tag(text).regionValues();
  }

  /** An empty expectation means no region at all; otherwise the value must be among those found. */
  private static void assertFindsOnly(String text, String expected) {
    if (expected.isEmpty()) {
      assertThat(regions(text)).isEmpty();
    } else {
      assertThat(regions(text)).contains(expected);
    }
  }

  private static String ruleOf(String text, String value) {
    return TAGGER.tag(text).mentions().stream().filter(t -> t.value().equals(value)).map(Tag::rule)
        .findFirst().orElse("none");
  }

  @ParameterizedTest(name = "country alias: {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Talks were held in the Kyrgyz Republic last week.        | Kyrgyzstan
      Refugees crossed from Kirghizia.                         | Kyrgyzstan
      The Russian Federation denied it.                         | Russia
      The Republic of Korea sent envoys.                        | South Korea
      Fighting resumed in Côte d'Ivoire.                        | Côte d'Ivoire
      Fighting resumed in Ivory Coast.                          | Côte d'Ivoire
      The junta in Burma arrested monks.                        | Myanmar
      Rebels in the DRC seized Goma.                            | Democratic Republic of the Congo
      The Republic of Kazakhstan signed.                        | Kazakhstan
      Troops left the Republic of Georgia.                      | Georgia
      """)
  void countryAliases(String text, String expected) {
    assertThat(regions(text)).contains(expected);
  }

  @ParameterizedTest(name = "division and place alias: {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Oil output fell in Mangistau.                    | Kazakhstan/Mangystau Region
      Police raided homes in Daghestan.                | Russia/Dagestan
      Veterans of Ichkeria met.                        | Russia/Chechnya
      The summit opened in Nur-Sultan.                 | Kazakhstan/Astana
      He was born in Alma-Ata.                         | Kazakhstan/Almaty
      Frunze was renamed in 1991.                      | Kyrgyzstan/Bishkek
      A blast hit Aqtobe on Monday.                    | Kazakhstan/Aktobe Region/Aktobe
      Miners struck in Karagandy.                      | Kazakhstan/Karaganda Region/Karaganda
      Protests spread to Batys Qazaqstan.              | Kazakhstan/West Kazakhstan Region
      Militants crossed into Khyber Pakhtunkhwa.       | Pakistan/Khyber Pakhtunkhwa
      Drones struck targets in the NWFP.               | Pakistan/Khyber Pakhtunkhwa
      Clashes erupted in Sistan-Baluchestan.           | Iran/Sistan and Baluchestan
      """)
  void divisionAndPlaceAliases(String text, String expected) {
    assertThat(regions(text)).contains(expected);
  }

  @ParameterizedTest(name = "suffix form: {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Fighting in Kandahar Province continued.          | Afghanistan/Kandahar               | admin1-suffix
      The Department of Cauca was militarised.          | Colombia/Cauca Department          | admin1-suffix
      Se informó desde la Provincia de Loja.            | Ecuador/Loja                       | admin1-suffix
      Arrests were made in Aktyubinsk Oblast.           | Kazakhstan/Aktobe Region           | admin1-suffix
      Schools closed across Borno State.                | Nigeria/Borno State                | admin1-suffix
      Troops entered the Republic of Dagestan.          | Russia/Dagestan                    | admin1-suffix
      A convoy was hit in Nineveh Governorate.          | Iraq/Nineveh                       | admin1-suffix
      Floods hit Stavropol Krai.                        | Russia/Stavropol Krai              | admin1-suffix
      A pipeline was bombed in Arauca Intendancy.       | Colombia/Arauca Department         | admin1-suffix
      Police patrolled Qaraghandy region.               | Kazakhstan/Karaganda Region        | admin1-suffix
      """)
  void suffixAndPrefixForms(String text, String expected, String rule) {
    assertThat(regions(text)).contains(expected);
    assertThat(ruleOf(text, expected)).isEqualTo(rule);
  }

  @ParameterizedTest(name = "province or capital: {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Gunmen were killed in Aktobe Province.   | Kazakhstan/Aktobe Region         | Kazakhstan/Aktobe Region/Aktobe
      Gunmen were killed in Aktobe.            | Kazakhstan/Aktobe Region/Aktobe  | Kazakhstan/Aktobe Region
      A bomb exploded in Almaty Region.        | Kazakhstan/Almaty Region         | Kazakhstan/Almaty
      A bomb exploded in Almaty.               | Kazakhstan/Almaty                | Kazakhstan/Almaty Region
      """)
  void provinceAndItsCapital(String text, String expected, String absent) {
    assertThat(regions(text)).contains(expected).doesNotContain(absent);
  }

  @ParameterizedTest(name = "namesake by context: {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Salvadoran troops clashed with rebels in San Miguel.          | El Salvador/San Miguel Department/San Miguel
      Bolivian police arrested three men in La Paz.                 | Bolivia/La Paz Department/La Paz
      Salvadoran troops patrolled La Paz and Usulutan yesterday.     | El Salvador/La Paz Department
      Chilean students marched in Santiago.                         | Chile/Santiago Metropolitan Region/Santiago
      The envoy flew from Moscow to Washington.                     | Russia/Moscow
      """)
  void contextChoosesTheNamesake(String text, String expected) {
    assertThat(regions(text)).contains(expected);
  }

  @ParameterizedTest(name = "Niger/Nigeria: {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Troops moved from Niger into Mali.         | Niger            | Nigeria
      Troops moved from Nigeria into Chad.       | Nigeria          | Niger
      Nigerian troops crossed the border.        | Nigeria          | Niger
      Nigerien soldiers were ambushed.           | Niger            | Nigeria
      Niger State lies in central Nigeria.       | Nigeria/Niger State | Niger
      """)
  void nigerAndNigeria(String text, String expected, String absent) {
    assertThat(regions(text)).contains(expected).doesNotContain(absent);
  }

  @ParameterizedTest(name = "Georgia: {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Riots broke out in Tbilisi, the capital of Georgia.                   | Georgia
      Georgia recalled its ambassador.                                       | Georgia
      Atlanta, Georgia, was chosen; the United States will host the games.   | United States/Georgia
      The U.S. senator said Georgia had voted for the bill.                  | United States/Georgia
      """)
  void georgiaCountryOrState(String text, String expected) {
    assertThat(regions(text)).contains(expected);
  }

  @ParameterizedTest(name = "person, not place: {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Michael Jordan scored forty points.            | Jordan
      Chad Smith said the deal was fair.             | Chad
      Israel Lopez testified on Monday.              | Israel
      President Karimov met Mr Victoria.             | Seychelles
      RENE EMILIO PONCE SPOKE TO THE PRESS ABOUT THE ARMY. | Puerto Rico/Ponce
      GENERAL GUSTAVO ALVAREZ MARTINEZ WAS KILLED BY THE GUERRILLAS TODAY. | United States/California/Martinez
      COMMANDERS SALVADOR SANCHEZ AND JOAQUIN VILLALOBOS SIGNED THE TEXT OF THE STATEMENT. | Brazil/Bahia/Salvador
      MORALES SAID AT A NEWS CONFERENCE HELD AT THE NATIONAL POLICE HEADQUARTERS IN GUATEMALA THAT THE COMMANDO WANTED OQUELI ALIVE. | Guatemala/Izabal Department/Morales
      BOGOTA, 3 MAY 90 -- THE MEDIATORS ARE MEDELLIN MAYOR JUAN GOMEZ MARTINEZ AND GUIDO PARRA, WHO RETURNED FROM SAN JOSE, CALIFORNIA. | United States/California/Martinez
      MAGISTRATE CARLOS VALENCIA GARCIA WAS MURDERED IN BOGOTA. AT THE TIME, VALENCIA WAS INVESTIGATING THE CARTEL. | Venezuela/Carabobo/Valencia
      """)
  void personNamesAreNotPlaces(String text, String absent) {
    assertThat(regions(text)).doesNotContain(absent);
  }

  @ParameterizedTest(name = "named after a place: {0}")
  @CsvSource(delimiter = '|', textBlock = """
      SAN SALVADOR, 3 MAY 90 -- THE FMLN HOLDS POSITIONS IN LA UNION NEIGHBORHOOD IN SANTA ANA, IN EL SALVADOR. | El Salvador/La Unión
      RESIDENTS OF THE SANTA CLARA, GUEVARA, FLORIDA, AND PERALTA NEIGHBORHOODS MAY RETURN. | Cuba/Camagüey/Florida
      THE COUNCIL WILL MEET AT THE NARINO PALACE IN BOGOTA. | Colombia/Nariño
      Militants attacked Dhusamareb (Garowe Online, September 8; Hiiraan Online, September 9). | Somalia/Hiran
      Smuggling networks cross the Gulf of Aden every week. | Yemen/Aden
      The hostages were taken into Mali, toward the Adrar des Ifoghas mountains, said officials in Nouakchott, Mauritania. | Mauritania/Adrar
      A grenade exploded in Garissa, the regional headquarters of North Eastern Province. | Sri Lanka/Eastern Province
      """)
  void featuresNamedAfterAPlaceAreNotThePlace(String text, String absent) {
    assertThat(regions(text)).doesNotContain(absent);
  }

  @ParameterizedTest(name = "dateline's country: {0}")
  @CsvSource(delimiter = '|', textBlock = """
      SAN SALVADOR, 3 JAN 90 -- THE U.S. SENT AID. HARASSMENT ACTIONS TOOK PLACE IN SAN JOSE AGUACATITAN, JURISDICTION OF SAN MARCOS. | United States/California/San Marcos
      BAQUBA, November 8, 2022 — Gunmen attacked a funeral in the village of Albu Bali on October 29. | India/West Bengal/Bāli
      """)
  void foreignNamesakesOfLocalVillagesAreNotTaken(String text, String absent) {
    assertThat(regions(text)).doesNotContain(absent);
  }

  @ParameterizedTest(name = "still a country: {0}")
  @CsvSource(delimiter = '|', textBlock = """
      King Abdullah of Jordan visited.       | Jordan
      Israel closed the crossing.            | Israel
      Troops withdrew from Chad in May.      | Chad
      """)
  void countriesNamedLikePeopleStayCountries(String text, String expected) {
    assertThat(regions(text)).contains(expected);
  }

  @ParameterizedTest(name = "word needs evidence: {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Reading the report, he frowned.                     | ''
      The Mobile team won.                                | ''
      The result was a Split decision.                    | ''
      Islamic State Sahel Province claimed the raid.      | ''
      He flew to Nice for the talks.                      | France/Provence-Alpes-Côte d'Azur/Nice
      The port of Split, Croatia, was closed.             | Croatia/Split-Dalmatia/Split
      Rebels took Gao, Mali, at dawn.                     | Mali/Gao Region/Gao
      Officials said Gao was calm again.                  | ''
      Clashes near Osh left three dead.                   | Kyrgyzstan/Osh Region/Osh
      Kyrgyzstan said Osh was calm.                       | Kyrgyzstan/Osh Region/Osh
      """)
  void commonWordsNeedEvidence(String text, String expected) {
    assertFindsOnly(text, expected);
  }

  @ParameterizedTest(name = "upper-case copy: {0}")
  @CsvSource(delimiter = '|', textBlock = """
      IN MAY THE ARMY LAUNCHED AN OFFENSIVE IN THE NORTH OF THE COUNTRY.       | ''
      LET US PRAY TO GOD THAT HE WILL RECOVER FROM HIS WOUNDS, THE PRIEST SAID. | ''
      THE TALKS WERE ATTENDED BY OBSERVERS FROM THE UN AND THE OAS IN GENEVA.  | Switzerland/Geneva
      THE TROOPS WITHDREW TO THE EASTERN REGIONS OF THE COUNTRY YESTERDAY.     | ''
      THE MASS KIDNAPPING TOOK PLACE IN SAN MIGUEL DEPARTMENT ON 30 DECEMBER.  | El Salvador/San Miguel Department
      CLASHES TOOK PLACE YESTERDAY IN USULUTAN AND MORAZAN DEPARTMENTS.       | El Salvador/Morazán
      """)
  void upperCaseWireCopy(String text, String expected) {
    assertFindsOnly(text, expected);
  }

  @ParameterizedTest(name = "alternate names: {0}")
  @CsvSource(delimiter = '|', textBlock = """
      The plant in Leninakan was rebuilt.              | Armenia/Shirak/Gyumri             | ''
      Kazakh police said nothing.                      | Kazakhstan                        | Kazakhstan/North Kazakhstan Region/Petropavl
      Leaders of Central Asia met in Europe.           | ''                                | ''
      Rebels bombed the Cano Limon pipeline.           | ''                                | ''
      """)
  void alternateNamesAreFiltered(String text, String expected, String absent) {
    assertFindsOnly(text, expected);
    assertThat(regions(text)).doesNotContain(absent);
  }

  @ParameterizedTest(name = "paired: {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Policemen were attacked in the village of Shubarshi in Aktobe Province.  | Kazakhstan/Aktobe Region/Shubarshi
      Inmates rioted in a prison near the town of Balkhash in Qaraghandy region. | Kazakhstan/Karaganda Region/Balkhash
      NATIONAL GUARD UNITS WERE ATTACKED IN APOPA, SAN SALVADOR DEPARTMENT.    | El Salvador/San Salvador Department/Apopa
      A TERRORIST WAS KILLED IN LA RANERA STREAM, SAN CARLOS, MORAZAN DEPARTMENT. | El Salvador/Morazán/San Carlos
      """)
  void placesPairedWithTheirDivision(String text, String expected) {
    assertThat(regions(text)).contains(expected);
  }

  @ParameterizedTest(name = "incident: {0}")
  @CsvSource(delimiter = '|', textBlock = """
      SAN SALVADOR, 3 JAN 90 (RADIO VENCEREMOS) -- THE ARMY REPORTED NOTHING NEW. | El Salvador/San Salvador Department/San Salvador | dateline
      'ALMATY, March 3 — Officials met the press.'                                | Kazakhstan/Almaty                                | dateline
      Policemen were attacked by a gang in the village of Shubarshi in Aktobe Province. | Kazakhstan/Aktobe Region/Shubarshi        | incident
      Policemen were attacked by a gang in the village of Shubarshi in Aktobe Province. | Kazakhstan/Aktobe Region                  | incident
      A car bomb exploded near the security office in Astana.                     | Kazakhstan/Astana                                | incident
      """)
  void incidents(String text, String expected, String rule) {
    List<Tag> incidents = TAGGER.tag(text).incidents();
    assertThat(incidents).anySatisfy(t -> {
      assertThat(t.value()).isEqualTo(expected);
      assertThat(t.rule()).isEqualTo(rule);
    });
  }

  @ParameterizedTest(name = "no incident: {0}")
  @CsvSource(delimiter = '|', textBlock = """
      The minister visited Astana and praised its architecture.
      Kazakhstan is an oasis of stability in the region.
      """)
  void mentionsWithoutIncidents(String text) {
    assertThat(TAGGER.tag(text).incidents()).isEmpty();
    assertThat(TAGGER.tag(text).mentions()).isNotEmpty();
  }

  @ParameterizedTest(name = "case: {0}")
  @CsvSource(delimiter = '|', textBlock = """
      The IMU and the OSCE issued statements.       | ''
      Troops from the USA arrived.                   | United States
      We flew to the usa and back.                   | ''
      He moved to almaty in spring.                  | ''
      """)
  void capitalisationInMixedCase(String text, String expected) {
    assertFindsOnly(text, expected);
  }

  @Test
  void spansAndRulesAreRecorded() {
    String text = "Gunmen attacked a post in Aktobe Province.";
    Tag tag = TAGGER.tag(text).mentions().get(0);
    assertThat(text.substring(tag.start(), tag.end())).isEqualTo("Aktobe Province");
    assertThat(tag.rule()).isEqualTo("admin1-suffix");
  }

  @Test
  void countryCodesComeFromThePaths() {
    PlaceTags tags = TAGGER.tag("Envoys from Kazakhstan met officials in Makhachkala and Tashkent.");
    assertThat(TAGGER.countryCodes(tags)).containsExactly("KZ", "RU", "UZ");
  }
}
