package org.secsearch.web.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link QueryExpander} over a list of name groups read from a text file (format in {@code equivalents.txt}):
 * every name of a group finds the others. Names are compared after the index's own analysis, so case, accents
 * and plural endings do not matter ("Aqtöbe", "AQTOBE" and "aqtobe" are one key).
 */
public final class EquivalentNames implements QueryExpander {
  public static final String RESOURCE = "equivalents.txt";
  /** Names of more words than this are ignored: no alias is that long, and lookups stay cheap. */
  private static final int MAX_NAME_WORDS = 8;

  /** Analyzed key → the group's names as written (each group lists itself too). */
  private final Map<String, List<String>> groups = new HashMap<>();
  private int maxWords = 1;

  private EquivalentNames() {}

  /** The groups shipped with search-web. */
  public static EquivalentNames standard() {
    try (InputStream in = EquivalentNames.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException("resource missing: " + RESOURCE);
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads groups: one per line, names separated by '|'; blank lines and lines starting with '#' are skipped. */
  public static EquivalentNames read(InputStream in) throws IOException {
    EquivalentNames names = new EquivalentNames();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line; (line = r.readLine()) != null; ) {
      String s = line.strip();
      if (s.isEmpty() || s.startsWith("#")) continue;
      List<String> group = new ArrayList<>();
      for (String name : s.split("\\|")) if (!name.isBlank()) group.add(name.strip());
      if (group.size() > 1) names.add(group);
    }
    return names;
  }

  private void add(List<String> group) {
    for (String name : group) {
      String key = key(name);
      if (key.isEmpty()) continue;
      int words = key.split(" ").length;
      if (words > MAX_NAME_WORDS) continue;
      maxWords = Math.max(maxWords, words);
      // A name in two groups (rare: a shared acronym) finds both groups' names.
      Map<String, String> merged = new LinkedHashMap<>();
      for (String n : groups.getOrDefault(key, List.of())) merged.put(key(n), n);
      for (String n : group) merged.putIfAbsent(key(n), n);
      groups.put(key, List.copyOf(merged.values()));
    }
  }

  @Override
  public List<String> equivalents(String phrase) {
    String key = key(phrase);
    List<String> group = groups.get(key);
    if (group == null) return List.of();
    return group.stream().filter(n -> !key(n).equals(key)).toList();
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
