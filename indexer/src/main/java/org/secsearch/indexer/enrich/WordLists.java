package org.secsearch.indexer.enrich;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Reads the tagger's readable word-list resources: '#' comments, optional {@code [section]} headers, one
 * entry per line, stored as folded keys so "Région" in a list matches "region" in a report.
 */
final class WordLists {
  private final Map<String, Set<String>> sections;
  /** The leading and the trailing words (one or two) of every multi-word entry of every list loaded. */
  private static final Set<String> PHRASE_HEADS = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private static final Set<String> PHRASE_TAILS = java.util.concurrent.ConcurrentHashMap.newKeySet();

  private WordLists(Map<String, Set<String>> sections) {
    this.sections = sections;
  }

  /** Loads a list from the classpath, next to this class; entries before any header go to section "". */
  static WordLists load(String resource) {
    Map<String, Set<String>> sections = new HashMap<>();
    Set<String> current = sections.computeIfAbsent("", k -> new HashSet<>());
    for (String line : lines(resource)) {
      String entry = stripComment(line).strip();
      if (entry.isEmpty()) {
        continue;
      }
      if (entry.startsWith("[") && entry.endsWith("]")) {
        current = sections.computeIfAbsent(entry.substring(1, entry.length() - 1).strip(), k -> new HashSet<>());
      } else {
        String key = TextFolder.key(entry);
        current.add(key);
        for (int space = key.indexOf(' '); space > 0; space = key.indexOf(' ', space + 1)) {
          PHRASE_HEADS.add(key.substring(0, space));
          PHRASE_TAILS.add(key.substring(space + 1));
        }
      }
    }
    return new WordLists(sections);
  }

  /** The folded entries of a section; fails when the resource has no such section (a typo in code). */
  Set<String> section(String name) {
    Set<String> set = sections.get(name);
    if (set == null) {
      throw new IllegalStateException("word list has no section [" + name + "]");
    }
    // A hash set, not Set.copyOf: looked up for every word, and Set.of takes a modulo per probe.
    return java.util.Collections.unmodifiableSet(new HashSet<>(set));
  }

  /** True when some multi-word entry of a loaded list starts with the words {@code key}: worth reading on. */
  static boolean isPhraseHead(String key) {
    return PHRASE_HEADS.contains(key);
  }

  /** True when some multi-word entry of a loaded list ends with the words {@code key}: worth reading back. */
  static boolean isPhraseTail(String key) {
    return PHRASE_TAILS.contains(key);
  }

  /** A line without its '#' comment. */
  static String stripComment(String line) {
    int hash = line.indexOf('#');
    return hash < 0 ? line : line.substring(0, hash);
  }

  /** All lines of a UTF-8 resource beside this class, or of an absolute classpath resource ("/..."). */
  static java.util.List<String> lines(String resource) {
    try (InputStream in = WordLists.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("resource missing from the classpath: " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
      return reader.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
