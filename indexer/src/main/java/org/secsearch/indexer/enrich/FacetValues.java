package org.secsearch.indexer.enrich;

import java.util.List;

/** The facet evidence found in one report's text, each value with its spans (see {@link Tag}). */
public record FacetValues(
    List<Tag> regions, List<Tag> incidentRegions, List<Tag> organizations, List<Tag> sources, List<Tag> eventDates) {
  public static final FacetValues NONE = new FacetValues(List.of(), List.of(), List.of(), List.of(), List.of());
}
