package org.secsearch.bench;

import java.util.List;
import java.util.Locale;

/**
 * One line of the query mix: what to search and which facet filters to apply, in the system-neutral form every
 * peer translates for itself (see bench-interface: {@code name kind terms filters}).
 *
 * @param terms lowercase words; their meaning depends on {@code kind}
 * @param filters facet filters, AND'ed
 */
public record BenchQuery(String name, Kind kind, List<String> terms, List<Filter> filters) {
  /** How the words combine. */
  public enum Kind {
    /** One word. */
    TERM,
    /** Every word required. */
    AND,
    /** The words as an exact phrase. */
    PHRASE,
    /** Any of the words. */
    OR,
    /** One rare word. */
    RARE;

    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Kind byKey(String key) {
      return valueOf(key.strip().toUpperCase(Locale.ROOT));
    }
  }

  /** The dimensions a filter may name: country (first region component), organization, publication year. */
  public enum Dim {
    COUNTRY, ORG, YEAR;

    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Dim byKey(String key) {
      return valueOf(key.strip().toUpperCase(Locale.ROOT));
    }
  }

  /** One facet filter: an exact stored value of a dimension. */
  public record Filter(Dim dim, String value) {
    @Override
    public String toString() {
      return dim.key() + "=" + value;
    }
  }

  public BenchQuery {
    terms = List.copyOf(terms);
    filters = List.copyOf(filters);
    if (terms.isEmpty()) throw new IllegalArgumentException(name + ": no words");
  }
}
