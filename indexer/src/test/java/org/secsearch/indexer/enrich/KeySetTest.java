package org.secsearch.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The prefix sets' filter: a key's hash alone turns away absent keys, and never a present one. */
class KeySetTest {
  @Test
  void aKeySetAnswersByHashAsItDoesByKey() {
    KeySet set = new KeySet();
    for (String k : List.of("taliban", "islamic state", "al shabab", "kazakhstan")) set.add(k);
    for (String k : List.of("taliban", "islamic state", "al shabab", "kazakhstan")) {
      assertThat(set.mayContain(k.hashCode())).as(k).isTrue();
      assertThat(set.contains(k)).isTrue();
    }
    int turnedAway = 0;
    for (int n = 0; n < 1_000; n++) {
      String other = "word" + n;
      assertThat(set.contains(other)).isFalse();
      turnedAway += set.mayContain(other.hashCode()) ? 0 : 1;
    }
    assertThat(turnedAway).as("the hash alone turns away nearly every absent key").isGreaterThan(990);
  }
}
