package org.secsearch.indexer.enrich;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The region facet values found in one report: every place mentioned, and the places the text says an
 * incident took place in. Each {@link Tag} carries a path value, its evidence span and the rule that fired;
 * a value may repeat once per occurrence.
 *
 * @param mentions places mentioned, in text order
 * @param incidents places of incidents (dateline, "attacked … in X"), in text order
 */
public record PlaceTags(List<Tag> mentions, List<Tag> incidents) {
  public PlaceTags {
    mentions = List.copyOf(mentions);
    incidents = List.copyOf(incidents);
  }

  /** The distinct mentioned paths, in order of first occurrence: the REGION facet values. */
  public Set<String> regionValues() {
    return values(mentions);
  }

  /** The distinct incident paths, in order of first occurrence: the INCIDENT_REGION facet values. */
  public Set<String> incidentValues() {
    return values(incidents);
  }

  private static Set<String> values(List<Tag> tags) {
    Set<String> values = new LinkedHashSet<>();
    tags.forEach(t -> values.add(t.value()));
    return values;
  }
}
