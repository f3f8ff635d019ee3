package org.secsearch.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The per-document word table: one id and one String per distinct spelling, through every growth of the table. */
class WordInternerTest {
  @Test
  void equalSpellingsShareAnIdAndAStringAndDifferentOnesNever() {
    WordInterner words = new WordInterner(4); // tiny, so the table grows many times
    Random random = new Random(5);
    Map<String, Integer> expected = new HashMap<>();
    List<String> added = new ArrayList<>();
    WordKey b = new WordKey();
    for (int n = 0; n < 20_000; n++) {
      b.clear();
      int length = 1 + random.nextInt(6);
      for (int k = 0; k < length; k++) {
        b.append("abéЖ's".charAt(random.nextInt(6))); // few letters: many repeats, Latin-1 and not
      }
      int id = words.intern(b);
      String word = b.toString();
      Integer before = expected.putIfAbsent(word, id);
      if (before == null) {
        assertThat(id).as("a new word takes the next id").isEqualTo(added.size());
        added.add(words.word(id));
      } else {
        assertThat(id).as("id of %s", word).isEqualTo(before);
      }
      assertThat(words.word(id)).isEqualTo(word).isSameAs(added.get(id));
    }
    assertThat(words.size()).isEqualTo(expected.size()).isGreaterThan(1_000);
    assertThat(words.intern("ab")).as("a String finds the id its characters got").isEqualTo(expected.get("ab"));
  }

  @Test
  void clearedItForgetsEveryWordAndNumbersTheNextDocumentsFromZero() {
    WordInterner words = new WordInterner(4);
    for (int n = 0; n < 500; n++) words.intern("w" + n); // grown well past its first table
    words.clear();
    assertThat(words.size()).isZero();
    assertThat(words.intern("w499")).isZero();
    assertThat(words.intern("new")).isEqualTo(1);
    assertThat(words.intern("w499")).isZero();
    assertThat(words.intern("w0")).as("a word of the previous document is new again").isEqualTo(2);
    assertThat(words.size()).isEqualTo(3);
  }
}
