package org.secsearch.web.web;

import java.util.ArrayList;
import java.util.List;
import org.secsearch.indexer.schema.FacetDim;
import org.secsearch.web.search.SearchDescription;
import org.secsearch.web.search.SearchState;

/**
 * An active filter as a removable chip: what it filters on, its value in words, and the link without it.
 *
 * @param excluded a NOT filter
 */
public record Chip(String dimension, String value, boolean excluded, String removeHref) {
  /** The chips of a state: included values, excluded values, then the date range. */
  public static List<Chip> of(SearchState s) {
    List<Chip> out = new ArrayList<>();
    for (FacetDim dim : FacetDim.values()) {
      for (String v : s.selected(dim)) {
        out.add(new Chip(dim.label, SearchDescription.valueLabel(dim, v), false, s.withoutFacet(dim, v).href()));
      }
      for (String v : s.excluded(dim)) {
        out.add(new Chip(dim.label, SearchDescription.valueLabel(dim, v), true, s.withoutExclude(dim, v).href()));
      }
    }
    if (s.from() != null || s.to() != null) {
      out.add(new Chip("Dates", SearchDescription.range(s), false, s.withRange(null, null).href()));
    }
    return out;
  }

  /** What a screen reader says for the remove link. */
  public String removeLabel() {
    return "Remove filter " + (excluded ? "not " : "") + dimension + ": " + value;
  }
}
