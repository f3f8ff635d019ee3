package org.secsearch.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberWindowsTest {
  @Test
  void mergesWindowsOfNearbyNumbersAndSkipsTextWithout() {
    String text = "x".repeat(200) + "12 and 13" + "y".repeat(200) + "2011";
    List<int[]> w = NumberWindows.of(text);
    assertThat(w).hasSize(2);
    assertThat(w.get(0)).containsExactly(200 - NumberWindows.REACH, 209 + NumberWindows.REACH);
    assertThat(w.get(1)).containsExactly(409 - NumberWindows.REACH, 413);
    assertThat(NumberWindows.of("no numbers at all")).isEmpty();
  }

  /** Dates far apart in a long text are all found, with the spans the patterns give on the whole text. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "September 11, 2001                   | 2001-09-11",
      "15 JUL 90                            | 1990-07-15",
      "2011-07-15T10:00                     | 2011-07-15",
      "12 февраля 2016 года                 | 2016-02-12",
      "in March 2009                        | 2009-03",
  })
  void findsEveryDateInALongText(String phrase, String iso) {
    String filler = "Militants crossed the border at night and security forces answered. ".repeat(40);
    String text = filler + phrase + " " + filler + phrase;
    List<DateParser.Found> found = DateParser.findAll(text);
    assertThat(found).hasSize(2).allSatisfy(f -> assertThat(f.date().iso()).isEqualTo(iso));
    assertThat(text.substring(found.get(1).start(), found.get(1).end())).isEqualTo(
        text.substring(found.get(0).start(), found.get(0).end()));
  }
}
