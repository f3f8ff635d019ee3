package org.secsearch.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The document date read from a report's head when no metadata gives one: datelines, not dates of events. */
class MetadataResolverTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      BOGOTA, 12 JAN 90 (EFE) -- [TEXT] THE POLICE SAID ON 10 JANUARY 1990 THAT …           | 1990-01-12
      BISHKEK, March 3, 2015 — Security forces detained six men.                               | 2015-03-03
      Date: 2011-07-15                                                                          | 2011-07-15
      Posted on 12 March 2011 by the editors.                                                   | 2011-03-12
      Situation as of 12 May 2011: calm.                                                        | 2011-05-12
      MOSCOW (USSR), NO DATE -- WE WANT THE TERRORISM UNLEASHED ON 11 SEPTEMBER 1973 TO END.   | -
      SANTIAGO, NO DATE -- IN ONE OF ITS FIRST DECISIONS, IN SEPTEMBER 1973, THE GOVERNMENT ACTED. | -
      LIMA, NO DATE -- THE STRIKE, WHICH BEGAN ON 3 MAY 1989, ENDED. REPORT OF 5 MAY 1989.      | -
      """)
  void theDatelineDateNotAnEventDate(String head, String expected) {
    DateParser.Found found = MetadataResolver.documentDate(head);
    assertThat(found == null ? null : found.date().iso()).isEqualTo(expected);
  }
}
