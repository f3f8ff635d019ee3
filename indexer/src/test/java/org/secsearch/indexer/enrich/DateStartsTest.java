package org.secsearch.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateStartsTest {
  @Test
  void findsMonthWordsInAnyCaseAndTheStartOfEachDigitRun() {
    DateStarts at = DateStarts.of("On MAY 5 and june 12, 2011 the Marching 1st army");
    assertThat(at.months()).containsExactly(3, 13);
    assertThat(at.numbers()).containsExactly(7, 18, 22, 40);
  }

  /** Dates far apart in a long text are all found, with the same spans each time. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "September 11, 2001                   | 2001-09-11",
      "15 JUL 90                            | 1990-07-15",
      "2011-07-15T10:00                     | 2011-07-15",
      "12 февраля 2016 года                 | 2016-02-12",
      "in March 2009                        | 2009-03",
      "Sept.   3rd,   2010                  | 2010-09-03",
  })
  void findsEveryDateInALongText(String phrase, String iso) {
    String filler = "Militants crossed the border at night and 40 security forces answered. ".repeat(40);
    String text = filler + phrase + " " + filler + phrase;
    List<DateParser.Found> found = DateParser.findAll(text);
    assertThat(found).hasSize(2).allSatisfy(f -> assertThat(f.date().iso()).isEqualTo(iso));
    assertThat(text.substring(found.get(1).start(), found.get(1).end()))
        .isEqualTo(text.substring(found.get(0).start(), found.get(0).end()));
  }
}
