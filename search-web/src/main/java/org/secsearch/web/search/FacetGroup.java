package org.secsearch.web.search;

import java.util.List;
import org.secsearch.indexer.schema.FacetDim;

/** A facet dimension as the sidebar shows it: its top values (trees for hierarchical dimensions). */
public record FacetGroup(FacetDim dim, List<FacetValue> values) {
  /** Values shown before "show more". */
  public static final int VISIBLE = 8;

  public List<FacetValue> head() {
    return values.subList(0, Math.min(VISIBLE, values.size()));
  }

  /** The values behind "show more". */
  public List<FacetValue> tail() {
    return values.size() <= VISIBLE ? List.of() : values.subList(VISIBLE, values.size());
  }

  /** "Show more" starts open when a value in it is ticked, so no selection is ever hidden. */
  public boolean tailOpen() {
    return tail().stream().anyMatch(FacetValue::selected);
  }

  public boolean isLong() {
    return values.size() > VISIBLE;
  }
}
