package org.secsearch.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The prefix sets' filter: never turns away a key it holds, and lets through almost no other. */
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
    assertThat(set.size()).isEqualTo(4);
  }

  @Test
  void aLargeSetKeepsEveryKeyAndTurnsAwayTheOthers() {
    KeySet set = new KeySet();
    for (int n = 0; n < 200_000; n++) {
      set.add("key " + n); // grows the fingerprint table many times
      set.add("key " + n / 2); // and adds keys it already holds
    }
    assertThat(set.size()).isEqualTo(200_000);
    int letThrough = 0;
    for (int n = 0; n < 200_000; n++) {
      assertThat(set.contains("key " + n)).as("key %d", n).isTrue();
      letThrough += set.contains("absent " + n) ? 1 : 0;
    }
    assertThat(letThrough).as("absent keys let through, of 200,000").isLessThan(600);
  }
}
