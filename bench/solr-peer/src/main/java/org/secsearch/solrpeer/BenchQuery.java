package org.secsearch.solrpeer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** One line of queries.tsv (bench-interface.md): a named query of a given kind with its words and facet filters. */
public record BenchQuery(String name, Kind kind, List<String> terms, List<Filter> filters) {
  /** How the words combine; the names are the interface's {@code kind} column. */
  public enum Kind {
    /** One word. */
    TERM,
    /** All the words required. */
    AND,
    /** The words as an exact phrase. */
    PHRASE,
    /** Any of the words. */
    OR,
    /** One rare word. */
    RARE
  }

  /** A facet filter {@code dim=value}: the exact stored value of country, org or year. */
  public record Filter(String dim, String value) {
    static final List<String> DIMS = List.of("country", "org", "year");
  }

  public BenchQuery {
    terms = List.copyOf(terms);
    filters = List.copyOf(filters);
    if (terms.isEmpty()) throw new IllegalArgumentException("query " + name + " has no terms");
  }

  /**
   * Reads queries.tsv: a header line, then {@code name<TAB>kind<TAB>terms<TAB>filters} per query; blank lines and
   * lines starting with '#' are skipped, as the bench module's reader does.
   */
  public static List<BenchQuery> readAll(Path tsv) throws IOException {
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    List<BenchQuery> mix = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank() || lines.get(i).startsWith("#")) continue;
      try {
        mix.add(parse(lines.get(i)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(tsv + " line " + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    if (mix.isEmpty()) throw new IllegalArgumentException(tsv + " holds no queries");
    return mix;
  }

  /** Parses one tab-separated line; a missing or empty filters column means no filters. */
  public static BenchQuery parse(String line) {
    String[] cols = line.split("\t", -1);
    if (cols.length < 3) throw new IllegalArgumentException("expected name, kind, terms[, filters]: " + line);
    Kind kind = Kind.valueOf(cols[1].strip().toUpperCase(Locale.ROOT));
    List<String> terms = Arrays.stream(cols[2].strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
    List<Filter> filters = new ArrayList<>();
    if (cols.length > 3 && !cols[3].isBlank()) {
      for (String f : cols[3].split(";")) {
        int eq = f.indexOf('=');
        if (f.isBlank()) continue;
        String dim = eq < 0 ? "" : f.substring(0, eq).strip();
        if (!Filter.DIMS.contains(dim)) throw new IllegalArgumentException("unknown filter dimension: " + f);
        filters.add(new Filter(dim, f.substring(eq + 1).strip()));
      }
    }
    return new BenchQuery(cols[0].strip(), kind, terms, filters);
  }
}
