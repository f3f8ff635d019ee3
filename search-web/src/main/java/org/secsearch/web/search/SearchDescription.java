package org.secsearch.web.search;

import java.util.ArrayList;
import java.util.List;
import org.secsearch.indexer.schema.FacetDim;

/**
 * Says in words what a search is, for the page title and heading and the feed's title: "“IMU” · Region:
 * Kazakhstan › Aktobe Region · not Organization: Taliban · 2010 to 2012".
 */
public final class SearchDescription {
  private SearchDescription() {}

  public static String of(SearchState s) {
    List<String> parts = new ArrayList<>();
    parts.add(s.q().isEmpty() ? "All reports" : "“" + s.q() + "”");
    for (FacetDim dim : FacetDim.values()) {
      List<String> in = s.selected(dim).stream().map(v -> valueLabel(dim, v)).toList();
      if (!in.isEmpty()) parts.add(dim.label + ": " + String.join(" or ", in));
      for (String v : s.excluded(dim)) parts.add("not " + dim.label + ": " + valueLabel(dim, v));
    }
    if (s.from() != null || s.to() != null) parts.add(range(s));
    return String.join(" · ", parts);
  }

  /** The date range in words: "2010 to June 2012", "from 2010", "until June 2012", or "2011" for one period. */
  public static String range(SearchState s) {
    String from = s.from() == null ? null : DateLabels.of(s.from().iso());
    String to = s.to() == null ? null : DateLabels.of(s.to().iso());
    if (from != null && to != null) return from.equals(to) ? from : from + " to " + to;
    return from != null ? "from " + from : "until " + to;
  }

  /** The title for a browser tab or a feed: the description, and the page when past the first. */
  public static String title(SearchState s) {
    return of(s) + (s.page() > 1 ? " (page " + s.page() + ")" : "");
  }

  /** A facet value as people read it: paths with "›", date paths as "July 2011". */
  public static String valueLabel(FacetDim dim, String path) {
    if (dim == FacetDim.DATE || dim == FacetDim.EVENT_DATE) {
      String[] p = path.split("/");
      return p.length == 2 ? DateLabels.month(p[1]) + " " + p[0] : path;
    }
    return dim.hierarchical ? path.replace("/", " › ") : path;
  }
}
