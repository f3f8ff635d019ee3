package org.secsearch.indexer.enrich;

import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * One document's memo of a yes/no question about its words (does this word start an alias? a place name?), by the
 * word ids of its tokens: a report repeats its words, and each distinct word is asked of the big table once.
 */
final class KeyAnswers {
  private static final byte YES = 1;
  private static final byte NO = 2;

  private final Predicate<String> question;
  private final byte[] answers;

  /** For keys with ids below {@code distinctKeys}. */
  KeyAnswers(int distinctKeys, Predicate<String> question) {
    this.question = question;
    this.answers = new byte[distinctKeys];
  }

  /**
   * Every key's answer asked at once, in one tight loop: the questions' trips to memory do not depend on one another,
   * so the processor overlaps them, where asked one at a time inside a tagger's loop each waits for the one before.
   * For a question asked of nearly every word anyway.
   */
  static KeyAnswers askedOfAll(int distinctKeys, IntFunction<String> keyOf, Predicate<String> question) {
    KeyAnswers a = new KeyAnswers(distinctKeys, question);
    for (int id = 0; id < distinctKeys; id++) {
      a.answers[id] = question.test(keyOf.apply(id)) ? YES : NO;
    }
    return a;
  }

  /** The answer for the key with this id, asked of the question the first time only. */
  boolean test(int id, String key) {
    if (answers[id] == 0) {
      answers[id] = question.test(key) ? YES : NO;
    }
    return answers[id] == YES;
  }
}
