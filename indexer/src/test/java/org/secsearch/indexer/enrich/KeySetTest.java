package org.secsearch.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The prefix sets' filter: never turns away a key it holds, and lets through almost no other. */
class KeySetTest {
  @Test
  void aKeySetAnswersByHashAsItDoesByKey() {
    KeySet set = new KeySet(4);
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
  void aLargeSetKeepsEveryKeyAndTurnsAwayTheOthersEvenWhenSizedForFewer() {
    KeySet sized = new KeySet(200_000);
    KeySet undersized = new KeySet(16); // its hash-slot table fills up: only the fingerprint bits filter
    for (int n = 0; n < 200_000; n++) {
      for (KeySet set : List.of(sized, undersized)) {
        set.add("key " + n); // grows the fingerprint table many times
        set.add("key " + n / 2); // and adds keys it already holds
      }
    }
    assertThat(sized.size()).isEqualTo(200_000);
    assertThat(undersized.size()).isEqualTo(200_000);
    int letThrough = 0;
    int letThroughUndersized = 0;
    for (int n = 0; n < 200_000; n++) {
      assertThat(sized.contains("key " + n)).as("key %d", n).isTrue();
      assertThat(undersized.contains("key " + n)).as("key %d", n).isTrue();
      letThrough += sized.contains("absent " + n) ? 1 : 0;
      letThroughUndersized += undersized.contains("absent " + n) ? 1 : 0;
    }
    assertThat(letThrough).as("absent keys let through, of 200,000").isLessThan(600);
    assertThat(letThroughUndersized).as("absent keys let through when undersized, of 200,000").isLessThan(4_000);
  }
}
