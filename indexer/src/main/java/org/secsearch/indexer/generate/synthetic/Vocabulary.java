package org.secsearch.indexer.generate.synthetic;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The phrase lists of vocabulary.txt, each drawn with Zipf-like weights by position so common words are common
 * and rare ones rare (which gives a query benchmark both frequent and rare terms).
 */
final class Vocabulary {
  static final String RESOURCE = "vocabulary.txt";
  /** Steepness of the word-frequency curve within a list; about 1 is typical of natural language. */
  private static final double EXPONENT = 1.0;

  private final Map<String, ZipfPicker<String>> lists = new HashMap<>();

  private Vocabulary(Map<String, List<String>> sections) {
    sections.forEach((name, phrases) -> lists.put(name, ZipfPicker.of(phrases, EXPONENT)));
  }

  static Vocabulary load() {
    return new Vocabulary(ResourceSections.sections(RESOURCE));
  }

  boolean has(String list) {
    return lists.containsKey(list);
  }

  /** All phrases of a list in file order (for lists the generator consults rather than draws from). */
  List<String> list(String name) {
    ZipfPicker<String> picker = lists.get(name);
    if (picker == null) {
      throw new IllegalArgumentException("vocabulary.txt has no section [" + name + "]");
    }
    return picker.items();
  }

  /** A phrase from the named list; fails for a list the file lacks (a typo in a template is caught at load). */
  String pick(String list, RandomGenerator rnd) {
    ZipfPicker<String> picker = lists.get(list);
    if (picker == null) {
      throw new IllegalArgumentException("vocabulary.txt has no section [" + list + "]");
    }
    return picker.pick(rnd);
  }
}
