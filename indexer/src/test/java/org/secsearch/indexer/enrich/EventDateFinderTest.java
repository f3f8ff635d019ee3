package org.secsearch.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Event dates found in text and resolved against the publication date. */
class EventDateFinderTest {
  private final EventDateFinder finder = new EventDateFinder();
  private static final String LEAD = "Lead paragraph that is long enough to move past the dateline zone of a report. "
      + "It says nothing datable at all, and goes on for a while so positions exceed the head.\n";

  @ParameterizedTest(name = "{0} published {1} → {2}")
  @CsvSource(delimiter = '|', value = {
    "On the night of June 30, policemen were attacked. | 2011-08-15 | 2011-06-30",
    "a failed escape attempt on July 11 and | 2011-08-15 | 2011-07-11",
    "the raid of 28 December was | 2012-01-10 | 2011-12-28",
    "ON 3 FEBRUARY PRESIDENT CEREZO MET | 1990-02-04 | 1990-02-03",
    "the bombing in March 2009 killed | 2011-08-15 | 2009-03",
    "stated on October 14, 2010 that | 2011-08-15 | 2010-10-14",
    "no date here at all | 2011-08-15 | ''",
    "citation only (Interfax, March 12) here | 2011-08-15 | ''",
    "they may 5 times refuse | 2011-08-15 | ''",
    "on February 30 nothing happened | 2011-08-15 | ''",
  })
  void resolves(String sentence, String published, String expected) {
    List<String> found = finder.find(LEAD + sentence, PartialDate.parse(published)).stream().map(Tag::value).toList();
    if (expected.isEmpty()) assertThat(found).isEmpty();
    else assertThat(found).containsExactly(expected);
  }

  @ParameterizedTest
  @CsvSource({"'On July 11 the gang fled.'"})
  void withoutPublicationDateAYearlessDateIsNotGuessed(String sentence) {
    assertThat(finder.find(LEAD + sentence, null)).isEmpty();
  }
}
