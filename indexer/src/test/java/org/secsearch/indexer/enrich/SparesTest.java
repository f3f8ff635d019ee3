package org.secsearch.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The per-thread spare tokenizer: lent once at a time, reloaded for each text, not kept when too big. */
class SparesTest {
  /** A stand-in for a tokenizer: remembers the text it was made for and the one it was last loaded with. */
  private static final class Scanner {
    final String madeFor;
    String loaded;

    Scanner(String text) {
      madeFor = text;
      loaded = text;
    }
  }

  private final Spares<Scanner> spares = new Spares<>(Scanner::new, (s, text) -> s.loaded = text);

  @Test
  void aSpareGivenBackIsLentAgainReloadedAndANestedUseGetsItsOwn() {
    Scanner first = spares.borrow("one");
    spares.giveBack(first, 16, 3);
    Scanner again = spares.borrow("two");
    assertThat(again).isSameAs(first);
    assertThat(again.loaded).isEqualTo("two");
    Scanner nested = spares.borrow("three");
    assertThat(nested).isNotSameAs(again);
    assertThat(nested.madeFor).isEqualTo("three");
  }

  @Test
  void bigArraysAreNotKept() {
    Scanner manyWords = spares.borrow("many words");
    spares.giveBack(manyWords, 1 << 17, 100);
    assertThat(spares.borrow("next")).isNotSameAs(manyWords);
    Scanner longText = spares.borrow("a long text of few words");
    spares.giveBack(longText, 16, 1_000_000);
    assertThat(spares.borrow("next")).isNotSameAs(longText);
    Scanner small = spares.borrow("small");
    spares.giveBack(small, 1 << 16, 5 << 16);
    assertThat(spares.borrow("next")).as("at the limit it is kept").isSameAs(small);
  }

  @Test
  void eachThreadHasItsOwnSpare() throws InterruptedException {
    Scanner mine = spares.borrow("mine");
    spares.giveBack(mine, 16, 4);
    Scanner[] theirs = new Scanner[1];
    Thread other = new Thread(() -> theirs[0] = spares.borrow("theirs"));
    other.start();
    other.join();
    assertThat(theirs[0]).isNotSameAs(mine);
    assertThat(spares.borrow("mine again")).isSameAs(mine);
  }
}
