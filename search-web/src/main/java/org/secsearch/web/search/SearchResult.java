package org.secsearch.web.search;

import java.util.List;

/**
 * One page of a search: the exact total, the hits of this page, the facet sidebar and what the user should know.
 *
 * @param suggestion a corrected query ("did you mean") or null
 * @param notes parser repairs to mention ("a missing closing quote was added")
 * @param indexDocuments documents in the index (0 while it does not exist yet)
 */
public record SearchResult(SearchState state, long total, List<Hit> hits, List<FacetGroup> facets,
    String suggestion, List<String> notes, int indexDocuments, long tookMillis) {

  public int lastPage() {
    long pages = (total + SearchState.PAGE_SIZE - 1) / SearchState.PAGE_SIZE;
    return (int) Math.max(1, Math.min(pages, SearchState.MAX_PAGE));
  }

  public boolean hasPrevious() {
    return state.page() > 1;
  }

  public boolean hasNext() {
    return state.page() < lastPage();
  }

  /** Rank of the first hit on this page, from 1. */
  public long firstRank() {
    return (long) (state.page() - 1) * SearchState.PAGE_SIZE + 1;
  }

  /** Whether the total goes beyond what paging can reach (only the first {@value SearchState#MAX_RESULTS}). */
  public boolean isCapped() {
    return total > SearchState.MAX_RESULTS;
  }

  /** The order the hits are in: without a query, relevance means nothing and the newest come first. */
  public Sort effectiveSort() {
    return state.q().isEmpty() && state.sort() == Sort.RELEVANCE ? Sort.NEWEST : state.sort();
  }

  /** The orders worth offering: relevance only when there is a query to be relevant to. */
  public List<Sort> sorts() {
    return state.q().isEmpty() ? List.of(Sort.NEWEST, Sort.OLDEST) : List.of(Sort.values());
  }

  public FacetGroup facet(org.secsearch.indexer.schema.FacetDim dim) {
    return facets.stream().filter(g -> g.dim() == dim).findFirst().orElse(null);
  }
}
