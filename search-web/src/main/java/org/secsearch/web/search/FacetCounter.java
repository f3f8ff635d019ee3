package org.secsearch.web.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.secsearch.indexer.schema.FacetDim;

/**
 * Reads the sidebar from DrillSideways counts: per dimension its top values, hierarchical dimensions as trees
 * (country → province → place, year → month), dates in calendar order, and every selected value present even
 * when the current search leaves it with no documents, so it can always be unticked.
 */
final class FacetCounter {
  /** Values fetched per level: the top level fills the list and "show more"; lower levels stay short. */
  private static final int[] LIMITS = {40, 15, 10};
  /** Below this many top values, trees are fetched one level down; deeper only along selected paths. */
  private static final int EXPANDED_TOP = FacetGroup.VISIBLE;

  List<FacetGroup> groups(Facets facets, SearchState state) throws IOException {
    List<FacetGroup> out = new ArrayList<>();
    for (FacetDim dim : FacetDim.values()) {
      List<FacetValue> values = new ArrayList<>(level(facets, state, dim, new String[0]));
      for (String selected : state.selected(dim)) {
        if (!contains(values, selected)) values.add(orphan(facets, dim, selected));
      }
      if (!values.isEmpty()) out.add(new FacetGroup(dim, List.copyOf(values)));
    }
    return out;
  }

  private List<FacetValue> level(Facets facets, SearchState state, FacetDim dim, String[] parent)
      throws IOException {
    int depth = parent.length;
    boolean dates = dim == FacetDim.DATE || dim == FacetDim.EVENT_DATE;
    FacetResult r = dates ? facets.getAllChildren(dim.key, parent)
        : facets.getTopChildren(LIMITS[Math.min(depth, LIMITS.length - 1)], dim.key, parent);
    if (r == null) return List.of();
    List<LabelAndValue> labels = new ArrayList<>(Arrays.asList(r.labelValues));
    // Years newest first, months in calendar order; other values by count, ties by name (not by the order the
    // indexer happened to meet them, so the sidebar reads the same after a rebuild).
    labels.sort(!dates ? Comparator.comparing((LabelAndValue lv) -> -lv.value.longValue())
        .thenComparing(lv -> lv.label) : depth == 0 ? Comparator.comparing((LabelAndValue lv) -> lv.label).reversed()
        : Comparator.comparing((LabelAndValue lv) -> lv.label));
    List<FacetValue> out = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      LabelAndValue lv = labels.get(i);
      String[] path = Arrays.copyOf(parent, depth + 1);
      path[depth] = lv.label;
      String joined = dim.join(path);
      boolean selected = state.isSelected(dim, joined);
      boolean open = selected || state.selected(dim).stream().anyMatch(v -> v.startsWith(joined + "/"));
      // Provinces under the first countries are there to unfold; places only under an open path, since fetching
      // and rendering every place of every shown province made up most of a search page's cost.
      boolean expand = dim.hierarchical && depth < 2 && (open || depth == 0 && i < EXPANDED_TOP);
      List<FacetValue> children = expand ? level(facets, state, dim, path) : List.of();
      String label = dates && depth == 1 ? DateLabels.month(lv.label) : lv.label;
      out.add(new FacetValue(dim, joined, label, lv.value.longValue(), selected, open, children));
    }
    return out;
  }

  private static boolean contains(List<FacetValue> values, String path) {
    for (FacetValue v : values) {
      if (v.path().equals(path) || contains(v.children(), path)) return true;
    }
    return false;
  }

  /** A selected value the counts did not reach (no documents now, or too deep): shown with its full path. */
  private static FacetValue orphan(Facets facets, FacetDim dim, String path) throws IOException {
    Number n = facets.getSpecificValue(dim.key, dim.components(path));
    long count = n == null ? 0 : Math.max(0, n.longValue());
    return new FacetValue(dim, path, SearchDescription.valueLabel(dim, path), count, true, true, List.of());
  }
}
