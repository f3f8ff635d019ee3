package org.secsearch.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.secsearch.indexer.schema.FacetDim;
import org.secsearch.web.search.SearchState;
import org.secsearch.web.search.Sort;

/**
 * Translates a mix query into what a user of our search page does: the words typed into the box in the page's
 * syntax, and each filter a ticked facet value (a country is the top level of the region tree, a year the top
 * level of the date tree).
 */
public final class WebSearches {
  private WebSearches() {}

  /** The query box: words (all required), "a phrase", or {@code a OR b}. */
  public static String text(BenchQuery q) {
    return switch (q.kind()) {
      case TERM, RARE, AND -> String.join(" ", q.terms());
      case PHRASE -> "\"" + String.join(" ", q.terms()) + "\"";
      case OR -> String.join(" OR ", q.terms());
    };
  }

  /** The state of the search page for this query: first page, by relevance. */
  public static SearchState state(BenchQuery q) {
    Map<FacetDim, List<String>> include = new EnumMap<>(FacetDim.class);
    for (BenchQuery.Filter f : q.filters()) {
      include.computeIfAbsent(MixCounter.dim(f.dim()), d -> new ArrayList<>()).add(f.value());
    }
    return new SearchState(text(q), include, Map.of(), null, null, Sort.RELEVANCE, 1);
  }

  /** The canonical URL of the page ({@code /search?q=...}): the server answers it without a redirect. */
  public static String path(BenchQuery q) {
    return state(q).href("/search");
  }
}
