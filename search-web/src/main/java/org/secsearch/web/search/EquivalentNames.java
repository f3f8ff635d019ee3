package org.secsearch.web.search;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.secsearch.indexer.enrich.NameGroups;

/**
 * A {@link QueryExpander} over groups of names that mean one thing — the indexer's organization authority file
 * and curated places layer ({@link NameGroups}): every name of a group finds the others. Names are compared
 * after the index's own analysis, so case, accents and plural endings do not matter ("Aqtöbe", "AQTOBE" and
 * "aqtobe" are one key). Acronyms are the exception: they stand for their group only as written ("IMU", "LeT"),
 * since many are words in lower case. A name in two groups (a region and its capital of the same name) finds
 * both.
 */
public final class EquivalentNames implements QueryExpander {
  /** Names of more words than this are ignored: few aliases are that long, and lookups stay cheap. */
  private static final int MAX_NAME_WORDS = 8;

  /** Analyzed key → the group's names as written (each group lists itself too). */
  private final Map<String, List<String>> groups = new HashMap<>();
  /** Acronym exactly as written → the names of its group(s). */
  private final Map<String, List<String>> acronyms = new HashMap<>();
  private int maxWords = 1;

  private EquivalentNames() {}

  /** The groups of the bundled authority file and places layer. */
  public static EquivalentNames standard() {
    return of(NameGroups.standard());
  }

  /** An expander over the given groups (each a list of names meaning one thing). */
  public static EquivalentNames of(List<NameGroups.Group> nameGroups) {
    EquivalentNames names = new EquivalentNames();
    for (NameGroups.Group group : nameGroups) {
      if (group.names().size() > 1) names.add(group);
    }
    return names;
  }

  private void add(NameGroups.Group group) {
    for (String name : group.names()) {
      String key = key(name);
      if (key.isEmpty()) continue;
      int words = key.split(" ").length;
      if (words > MAX_NAME_WORDS) continue;
      maxWords = Math.max(maxWords, words);
      if (group.acronyms().contains(name)) {
        merge(acronyms, name, group.names());
      } else {
        merge(groups, key, group.names());
      }
    }
  }

  /** Adds the group's names to those already under {@code key}, once per analyzed form. */
  private static void merge(Map<String, List<String>> map, String key, List<String> names) {
    Map<String, String> merged = new LinkedHashMap<>();
    for (String n : map.getOrDefault(key, List.of())) merged.put(key(n), n);
    for (String n : names) merged.putIfAbsent(key(n), n);
    map.put(key, List.copyOf(merged.values()));
  }

  @Override
  public List<String> equivalents(String phrase) {
    String key = key(phrase);
    Map<String, String> found = new LinkedHashMap<>();
    for (List<String> names : List.of(groups.getOrDefault(key, List.of()),
        acronyms.getOrDefault(phrase.strip(), List.of()))) {
      for (String n : names) found.putIfAbsent(key(n), n);
    }
    found.remove(key);
    return List.copyOf(found.values());
  }

  @Override
  public int maxWords() {
    return maxWords;
  }

  /** The analyzed tokens joined by single spaces: "Aqtöbe Region's" → "aqtobe region". */
  static String key(String text) {
    return String.join(" ", AnalyzedText.tokens(text));
  }
}
