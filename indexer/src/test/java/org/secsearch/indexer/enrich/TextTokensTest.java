package org.secsearch.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The words the organization tagger reads: each word's key folded straight from the text is {@link NameFolder}'s. */
class TextTokensTest {
  /** Word shapes that exercise every folding rule, ASCII and not, possessives, inner apostrophes and digits. */
  private static final String[] WORDS = {
    "Kazakhstan's", "KAZAKHSTAN'S", "People’s", "Jama'at", "Jama’at", "Shabaab", "Willka", "Khilafah", "Brigades",
    "Tunis", "ISIS", "Hamas", "al", "el", "ul", "ash", "e", "i", "6th", "1990s", "Luminóso", "Sendero", "Mangghystaū",
    "N'Djamena", "ÇATLI", "Qa'ida", "Forces'", "boss's", "x's's", "aaah", "Ss", "Aa", "LLL", "ma`rib", "Ma´rib",
    "straße", "Øresund", "Москва", "ФСБ"
  };

  @Test
  void everyWordKeyIsNameFoldersKeyOfTheWordAsWritten() {
    Random random = new Random(7);
    StringBuilder text = new StringBuilder();
    String[] gaps = {" ", " ", "-", ", ", ". ", "\n", " (", ") ", " — "};
    for (int i = 0; i < 5_000; i++) {
      text.append(WORDS[random.nextInt(WORDS.length)]).append(gaps[random.nextInt(gaps.length)]);
    }
    assertKeysMatch(TextTokens.of(text.toString()));
  }

  @Test
  void randomLettersApostrophesAndAccentsFoldAlike() {
    Random random = new Random(11);
    String alphabet = "aAbBsShH01 '’`´-éÉüÜıß.\n";
    for (int round = 0; round < 200; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < 400; i++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertKeysMatch(TextTokens.of(text.toString()));
    }
  }

  @Test
  void wordsKeepTheirOffsetsAndPossessives() {
    TextTokens t = TextTokens.of("Kazakhstan's National Security Committee (KNB)");
    assertThat(t.size()).isEqualTo(5);
    assertThat(t.raw(0)).isEqualTo("Kazakhstan");
    assertThat(t.rawLength(0)).isEqualTo(10);
    assertThat(t.end(0) - t.start(0)).isEqualTo(12);
    assertThat(t.key(0)).isEqualTo("kazakhstan");
    assertThat(t.capitalized(1)).isTrue();
    assertThat(t.hasLower(4)).isFalse();
    assertThat(t.raw(4)).isEqualTo("KNB");
  }

  @Test
  void reusedArraysReadTheNextReportAsFreshOnesDo() {
    String longer = "Al-Shabaab's fighters (ASF) and the Jama'at ul-Mujahidin met in el-Fasher. ".repeat(40);
    String shorter = "Lashkar-e-Taiba's men; the NATIONAL SECURITY COMMITTEE (KNB) of Kazakhstan.\nAnsar al-Islam";
    TextTokens first = TextTokens.borrow(longer);
    first.raw(3); // a word cut from the text is remembered: the next report must not see it
    first.release();
    TextTokens reused = TextTokens.borrow(shorter);
    assertThat(reused).isSameAs(first);
    assertThat(TextTokens.borrow("nested")).as("a nested use gets arrays of its own").isNotSameAs(reused);
    TextTokens fresh = TextTokens.of(shorter);
    assertThat(reused.size()).isEqualTo(fresh.size());
    assertThat(reused.distinctKeys()).isEqualTo(fresh.distinctKeys());
    assertThat(reused.upperCaseText()).isEqualTo(fresh.upperCaseText());
    for (int i = 0; i < fresh.size(); i++) {
      assertThat(reused.start(i)).isEqualTo(fresh.start(i));
      assertThat(reused.end(i)).isEqualTo(fresh.end(i));
      assertThat(reused.raw(i)).isEqualTo(fresh.raw(i));
      assertThat(reused.key(i)).isEqualTo(fresh.key(i));
      assertThat(reused.wordId(i)).isEqualTo(fresh.wordId(i));
      assertThat(reused.gap(i)).isEqualTo(fresh.gap(i));
      assertThat(reused.sentenceStart(i)).isEqualTo(fresh.sentenceStart(i));
      assertThat(reused.article(i)).as("article %s", fresh.raw(i)).isEqualTo(fresh.article(i));
    }
    reused.release();
  }

  private static void assertKeysMatch(TextTokens t) {
    assertThat(t.size()).isPositive();
    java.util.Map<String, Integer> idOfKey = new java.util.HashMap<>();
    for (int i = 0; i < t.size(); i++) {
      // Equal keys share one id (and one String); different keys never do.
      Integer id = idOfKey.putIfAbsent(t.key(i), t.wordId(i));
      assertThat(t.wordId(i)).as("id of %s", t.key(i)).isEqualTo(id == null ? t.wordId(i) : id)
          .isBetween(0, t.distinctKeys() - 1);
      String raw = t.raw(i);
      assertThat(t.upperInitial(i)).isEqualTo(Character.isUpperCase(raw.charAt(0)));
      assertThat(raw).isEqualTo(NameFolder.withoutPossessive(t.text().substring(t.start(i), t.end(i))));
      assertThat(t.rawLength(i)).isEqualTo(raw.length());
      if (!t.article(i)) {
        assertThat(t.key(i)).as("key of %s", raw).isEqualTo(NameFolder.key(raw));
      }
    }
    assertThat(new java.util.HashSet<>(idOfKey.values())).hasSize(idOfKey.size());
  }
}
