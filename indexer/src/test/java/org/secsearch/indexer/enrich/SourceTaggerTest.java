package org.secsearch.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Cited sources: parenthetical citations and wire datelines, named canonically or kept as written. */
class SourceTaggerTest {
  private static String sources(String text) {
    return SourceTagger.standard().tag(text).stream().map(t -> t.value() + "@" + t.rule())
        .collect(Collectors.joining("|"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "He said so (Interfax, March 12).; Interfax@citation",
      "He said so (Kommersant, February 15).; Kommersant@citation",
      "He said so (Tengri News [Almaty], April 1, 2010).; Tengri News@citation",
      "He said so (KTK TV, July 12).; KTK@citation",
      "He said so (Interfax-Kazakhstan, October 14, 2010).; Interfax-Kazakhstan@citation",
      "He said so (Delovaya Nedelia [Almaty], May 27).; Delovaya Nedelia@citation",
      "He said so (Kommerceskiyi Televizioniyi Kanal-TV, July 11).; KTK@citation",
      "'He said so (Kursiv [Moscow], February 17; Interfax Central Asia, February 11; Kommersant, February 15).'; Kursiv@citation|Interfax Central Asia@citation|Kommersant@citation",
      "He said so (Reuters, AP, May 5).; Reuters@citation|Associated Press@citation",
      "He said so (see Terrorism Monitor, March 4, 2010).; Terrorism Monitor@citation",
      "He said so (Vremya Novostei [Moscow], June 2).; Vremya Novostei@citation",
      "He said so (fergananews.com, 12 May 2011).; Ferghana.ru@citation",
  })
  void parentheticalCitationsNameTheirOutlets(String text, String expected) {
    assertThat(sources(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "SAN SALVADOR, 3 JAN 90 (RADIO VENCEREMOS) -- [TEXT] THE FMLN SAID.; Radio Venceremos@dateline",
      "CLANDESTINE, 8 JAN 90 (RADIO VENCEREMOS)-- [TEXT] A WAR BULLETIN.; Radio Venceremos@dateline",
      "SAN SALVADOR, 3 JAN 90 (ACAN-EFE) -- [TEXT] TROOPS CLASHED.; ACAN-EFE@dateline",
      "BOGOTA, 5 FEB 90 (INRAVISION TELEVISION CADENA 1) -- [TEXT] A BOMB.; Inravision Television Cadena 1@dateline",
      "LA PAZ, 9 MAR 90 (RADIO FIDES NETWORK) -- [TEXT] A BOMB.; RADIO FIDES NETWORK@dateline",
      "ALMATY, June 5 (Reuters) - Police said.; Reuters@dateline",
  })
  void wireDatelinesNameTheirSource(String text, String expected) {
    assertThat(sources(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "MANAGUA, 5 JAN 90 (DOMESTIC SERVICE) -- [TEXT] THE ARMY SAID.",
      "MADRID, 5 JAN 90 (NICARAGUA) -- [TEXT] THE ARMY SAID.",
      "It happened in Aktobe Province (West Kazakhstan) last June.",
      "Blasts hit Tashkent (in 1999, 2000) and Bishkek.",
      "He spoke at the OSCE (Organization for Security and Co-operation in Europe) meeting.",
      "The group (which was banned, May 5) regrouped.",
  })
  void asidesAndPlaceholdersAreNotSources(String text) {
    assertThat(SourceTagger.standard().tag(text)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "He said so (Tengri News [Almaty], April 1, 2010).; 12; 23",
  })
  void theSpanIsTheOutletAsWritten(String text, int start, int end) {
    Tag tag = SourceTagger.standard().tag(text).get(0);
    assertThat(text.substring(tag.start(), tag.end())).isEqualTo("Tengri News");
    assertThat(tag.start()).isEqualTo(start);
    assertThat(tag.end()).isEqualTo(end);
  }
}
