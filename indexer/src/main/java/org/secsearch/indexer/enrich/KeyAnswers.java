package org.secsearch.indexer.enrich;

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

  /** The answer for the key with this id, asked of the question the first time only. */
  boolean test(int id, String key) {
    if (answers[id] == 0) {
      answers[id] = question.test(key) ? YES : NO;
    }
    return answers[id] == YES;
  }
}
