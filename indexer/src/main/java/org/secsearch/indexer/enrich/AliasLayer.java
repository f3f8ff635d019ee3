package org.secsearch.indexer.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The curated layer of places.tsv: per GeoNames code, the display name analysts read and extra aliases
 * (format documented in the file's header and in ENRICHMENT-PLACES.md).
 */
final class AliasLayer {
  /** The bundled layer's classpath name. */
  static final String RESOURCE = "places.tsv";

  /** One line of places.tsv. */
  record Entry(String code, String display, List<String> aliases, List<String> removed, int line) {}

  private final Map<String, Entry> entries;

  private AliasLayer(Map<String, Entry> entries) {
    this.entries = entries;
  }

  static AliasLayer load(String resource) {
    Map<String, Entry> entries = new HashMap<>();
    List<String> lines = WordLists.lines(resource);
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int comment = line.indexOf("\t#");
      String[] cols = (comment < 0 ? line : line.substring(0, comment)).split("\t", -1);
      if (cols.length < 2 || cols[0].isBlank()) {
        throw new IllegalStateException(resource + " line " + (n + 1) + ": expected code<TAB>display<TAB>aliases");
      }
      List<String> aliases = new ArrayList<>();
      List<String> removed = new ArrayList<>();
      if (cols.length > 2) {
        for (String alias : cols[2].split("\\|")) {
          String a = alias.strip();
          if (a.startsWith("-")) {
            removed.add(a.substring(1).strip());
          } else if (!a.isEmpty()) {
            aliases.add(a);
          }
        }
      }
      String code = cols[0].strip();
      String display = cols[1].strip().replace('/', '-');
      if (entries.put(code, new Entry(code, display.isEmpty() ? null : display, aliases, removed, n + 1)) != null) {
        throw new IllegalStateException(resource + " line " + (n + 1) + ": code " + code + " listed twice");
      }
    }
    return new AliasLayer(entries);
  }

  /** Every entry, in no particular order. */
  java.util.Collection<Entry> entries() {
    return entries.values();
  }

  /** The entry for a GeoNames code, or null. */
  Entry get(String code) {
    return entries.get(code);
  }

  /** The display name for a code, or {@code fallback} (GeoNames' own name) when the layer has none. */
  String display(String code, String fallback) {
    Entry e = entries.get(code);
    return e == null || e.display() == null ? fallback.replace('/', '-') : e.display();
  }

  /** Fails on any entry whose code the gazetteer does not know, naming the line, so typos do not pass silently. */
  void checkCodes(Set<String> known, String resource) {
    for (Entry e : entries.values()) {
      if (!known.contains(e.code())) {
        throw new IllegalStateException(resource + " line " + e.line() + ": unknown GeoNames code " + e.code());
      }
    }
  }
}
