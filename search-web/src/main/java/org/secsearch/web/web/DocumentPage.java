package org.secsearch.web.web;

import java.util.List;
import java.util.Map;
import org.secsearch.indexer.schema.FacetDim;
import org.secsearch.web.search.DocumentView;
import org.secsearch.web.search.SearchDescription;
import org.secsearch.web.search.SearchService;
import org.secsearch.web.search.SearchState;

/** What a document page shows: the report, and the search it was opened from (for highlights and "back"). */
public record DocumentPage(SearchState state, DocumentView doc, SearchService.Status status) {
  /** A facet value of the report as a link that starts a search filtered on it. */
  public record FacetLink(String label, String href) {}

  /** A facet dimension of the report with its values as links. */
  public record FacetLinks(String dimension, List<FacetLink> links) {}

  public List<FacetLinks> facets() {
    return doc.facets().entrySet().stream().map(DocumentPage::links).toList();
  }

  private static FacetLinks links(Map.Entry<FacetDim, List<String>> e) {
    FacetDim dim = e.getKey();
    return new FacetLinks(dim.label, e.getValue().stream().map(v -> new FacetLink(
        SearchDescription.valueLabel(dim, v), SearchState.empty().withFacet(dim, v).href())).toList());
  }

  public String originalHref() {
    return "/doc/" + doc.id() + "/original";
  }

  public boolean hasQuery() {
    return !state.q().isEmpty();
  }
}
