package org.secsearch.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Folding and tokenizing: the shared lookup form of gazetteer names and report text. */
class TokensTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Mangghystaū                 | mangghystau
      N’Djaména                   | ndjamena
      Nur-Sultan                  | nur sultan
      Aktyubinskaya Oblast’       | aktyubinskaya oblast
      Qoraqalpog'iston            | qoraqalpogiston
      Kazakhstan’s                | kazakhstan
      KAZAKHSTAN'S                | kazakhstan
      Şǝmkir                      | sǝmkir
      Düsseldorf                  | dusseldorf
      Łódź                        | lodz
      Bogota D.C.                 | bogota d c
      Straße                      | strasse
      """)
  void foldsNamesToLookupKeys(String written, String key) {
    assertThat(TextFolder.key(written)).isEqualTo(key);
  }

  @Test
  void recordsOffsetsAndShapes() {
    String text = "In West Kazakhstan, the IMU struck.";
    Tokens t = Tokens.scan(text);
    assertThat(t.size()).isEqualTo(6);
    assertThat(text.substring(t.start(1), t.end(2))).isEqualTo("West Kazakhstan");
    assertThat(t.shape(4)).isEqualTo(Tokens.Shape.UPPER);
    assertThat(t.shape(3)).isEqualTo(Tokens.Shape.LOWER);
    assertThat(t.joinable(2)).isTrue();
    assertThat(t.commaBefore(3)).isTrue();
    assertThat(t.joinable(3)).isFalse();
    assertThat(t.upperCase()).isFalse();
  }

  @Test
  void detectsUpperCaseWireCopy() {
    assertThat(Tokens.scan("SAN SALVADOR, 3 JAN 90 -- THE ARCE BATTALION COMMAND HAS REPORTED THAT ABOUT 50 PEASANTS")
        .upperCase()).isTrue();
    assertThat(Tokens.scan("The ruling elite of Kazakhstan, in its pursuit of foreign investment, says NATO.")
        .upperCase()).isFalse();
  }

  @Test
  void marksSentenceAndLineStarts() {
    Tokens t = Tokens.scan("He left. Aktobe was quiet.\nALMATY, March 3");
    assertThat(t.sentenceStart(2)).isTrue();
    assertThat(t.lineStart(2)).isFalse();
    assertThat(t.lineStart(5)).isTrue();
  }

  @Test
  void reusedArraysReadTheNextReportAsFreshOnesDo() {
    String longer = "SAN SALVADOR, 3 JAN 90 -- THE ARCE BATTALION COMMAND HAS REPORTED THAT ABOUT 50 PEASANTS. ".repeat(30);
    String shorter = "He left. Aktobe was quiet.\nALMATY, March 3 — Kazakhstan's N'Djamena office";
    Tokens first = Tokens.borrow(longer);
    first.release();
    Tokens reused = Tokens.borrow(shorter);
    assertThat(reused).isSameAs(first);
    assertThat(Tokens.borrow("nested")).as("a nested use gets arrays of its own").isNotSameAs(reused);
    Tokens fresh = Tokens.scan(shorter);
    assertThat(reused.size()).isEqualTo(fresh.size());
    assertThat(reused.distinctKeys()).isEqualTo(fresh.distinctKeys());
    assertThat(reused.upperCase()).isEqualTo(fresh.upperCase()).isFalse();
    for (int i = 0; i < fresh.size(); i++) {
      assertThat(reused.start(i)).isEqualTo(fresh.start(i));
      assertThat(reused.end(i)).isEqualTo(fresh.end(i));
      assertThat(reused.key(i)).isEqualTo(fresh.key(i));
      assertThat(reused.wordId(i)).isEqualTo(fresh.wordId(i));
      assertThat(reused.shape(i)).isEqualTo(fresh.shape(i));
      assertThat(reused.sentenceStart(i)).isEqualTo(fresh.sentenceStart(i));
      if (i > 0) assertThat(reused.joinable(i)).isEqualTo(fresh.joinable(i));
    }
    reused.release();
  }
}
