package org.secsearch.indexer.enrich;

import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One reusable tokenizer per thread, lent out and given back: a report's words are cut into the arrays the
 * thread's previous report used instead of new ones (fresh arrays cost a report some 200 KB of allocation, and the
 * memory they pulled in pushed the taggers' tables out of the processor's cache). A use nested inside another
 * finds none to borrow and makes its own.
 */
final class Spares<T> {
  private final ThreadLocal<T> spare = new ThreadLocal<>();
  private final Function<String, T> fresh;
  private final BiConsumer<T, String> reload;

  /**
   * @param fresh makes a new one for a text
   * @param reload makes a spare read another text, replacing what it held
   */
  Spares(Function<String, T> fresh, BiConsumer<T, String> reload) {
    this.fresh = fresh;
    this.reload = reload;
  }

  /** This thread's spare, reloaded with {@code text} and lent out; a fresh one when none is free. */
  T borrow(String text) {
    T t = spare.get();
    if (t == null) {
      return fresh.apply(text);
    }
    spare.set(null);
    reload.accept(t, text);
    return t;
  }

  /**
   * Keeps {@code t} as this thread's spare for the next report, unless its arrays are too big to keep: sized for
   * {@code words} words, or for a text of {@code chars} characters (a long text of few words has a big array too).
   */
  void giveBack(T t, int words, int chars) {
    if (Math.max(words, chars / 5) <= ScanBuffer.KEEP_CHARS / 5) { // a word every five characters
      spare.set(t);
    }
  }
}
