package org.secsearch.indexer.enrich;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The word lists of name-words.txt (head words, connectors, generic modifiers...), folded for lookups. */
public final class NameWords {
  /** The sections of the file. */
  public enum Section { HEAD, CONNECTOR, DETERMINER, DESCRIPTOR, GENERIC, STOP, NOT_ORG, ACRONYM_WORDS }

  private static final NameWords STANDARD = new NameWords(ResourceLines.ofResource("name-words.txt"));

  private final Map<Section, Set<String>> words = new EnumMap<>(Section.class);

  NameWords(List<ResourceLines.Row> rows) {
    for (Section s : Section.values()) {
      words.put(s, new HashSet<>());
    }
    Section current = null;
    for (ResourceLines.Row row : rows) {
      String line = row.cell(0);
      if (line.startsWith("[") && line.endsWith("]")) {
        String name = line.substring(1, line.length() - 1).replace('-', '_').toUpperCase(java.util.Locale.ROOT);
        try {
          current = Section.valueOf(name);
        } catch (IllegalArgumentException e) {
          throw row.error("unknown section " + line);
        }
      } else if (current == null) {
        throw row.error("word before the first [section]");
      } else {
        words.get(current).add(current == Section.ACRONYM_WORDS ? line : OrganizationAuthority.aliasKey(line));
      }
    }
  }

  /** The bundled lists. */
  public static NameWords standard() {
    return STANDARD;
  }

  /** True when the folded word key (or, for acronym words, the word as written) is in the section. */
  public boolean in(Section section, String key) {
    return words.get(section).contains(key);
  }
}
