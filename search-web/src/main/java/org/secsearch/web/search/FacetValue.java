package org.secsearch.web.search;

import java.util.List;
import org.secsearch.indexer.schema.FacetDim;

/**
 * One value of a facet with its document count under the current search.
 *
 * @param path the full value as filtered on and put in URLs ("Kazakhstan/Aktobe Region")
 * @param label what to show: the last path component, months written out
 * @param selected ticked in the current search
 * @param open a tree node whose children should be shown expanded (it or a descendant is selected)
 * @param children the next level of a hierarchical value (provinces of a country, months of a year)
 */
public record FacetValue(FacetDim dim, String path, String label, long count, boolean selected, boolean open,
    List<FacetValue> children) {}
