package org.secsearch.web.web;

import java.util.List;
import org.secsearch.indexer.schema.FacetDim;
import org.secsearch.web.search.SearchDescription;
import org.secsearch.web.search.SearchResult;
import org.secsearch.web.search.SearchService;
import org.secsearch.web.search.SearchState;

/**
 * What the search page shows: a result, or a message about input that could not be searched.
 *
 * @param result null when the input was refused
 * @param error the message for refused input, else null
 * @param input the query box text as the user typed it (echoed back on an error)
 * @param exportCap how many rows the CSV export holds at most, stated next to its link
 */
public record SearchPage(SearchState state, SearchResult result, String error, String input,
    SearchService.Status status, int exportCap) {

  public static SearchPage of(SearchResult result, SearchService.Status status, int exportCap) {
    return new SearchPage(result.state(), result, null, result.state().q(), status, exportCap);
  }

  public static SearchPage refused(String input, String message, SearchService.Status status) {
    String q = input == null ? "" : input;
    // The refused input goes back into the box (escaped by the template), so it can be corrected.
    return new SearchPage(SearchState.empty().withQuery(q.length() > 2000 ? q.substring(0, 2000) : q), null,
        message, q, status, 0);
  }

  public String description() {
    return error != null ? "Search not run" : SearchDescription.of(state);
  }

  public String title() {
    return error != null ? "Search not run" : SearchDescription.title(state);
  }

  public List<Chip> chips() {
    return Chip.of(state);
  }

  public Histogram histogram() {
    return result == null ? null : Histogram.of(result.facet(FacetDim.DATE), state);
  }

  public String feedHref() {
    return error != null ? null : state.withPage(1).href("/search.atom");
  }

  public String exportHref() {
    return state.withPage(1).href("/export.csv");
  }

  public String apiHref() {
    return state.href("/api/search");
  }
}
