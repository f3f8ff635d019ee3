package org.secsearch.web.search;

import java.util.List;

/**
 * Supplies other names for what a user typed, so one search finds them all: an acronym and its full name
 * ({@code IMU} ⇔ {@code Islamic Movement of Uzbekistan}), transliterations and former names of a place
 * ({@code Aqtobe} ⇔ {@code Aktobe} ⇔ {@code Aktyubinsk}).
 */
public interface QueryExpander {
  /** The other names of {@code phrase} (never the phrase itself), as text to search; empty when it has none. */
  List<String> equivalents(String phrase);

  /** The most words in any known name: how many consecutive query words are worth looking up together. */
  int maxWords();

  /** Expands nothing. */
  QueryExpander NONE = new QueryExpander() {
    @Override
    public List<String> equivalents(String phrase) {
      return List.of();
    }

    @Override
    public int maxWords() {
      return 1;
    }
  };
}
