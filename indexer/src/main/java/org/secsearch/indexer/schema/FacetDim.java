package org.secsearch.indexer.schema;

import java.util.Arrays;
import java.util.Optional;

/** The facet dimensions: URL key, label, and whether values are paths (Country/Province/Place, Year/Month). */
public enum FacetDim {
  REGION("region", "Region", true),
  INCIDENT_REGION("incident", "Incident region", true),
  ORGANIZATION("org", "Organization", false),
  DATE("date", "Date", true),
  EVENT_DATE("event", "Event date", true),
  PUBLICATION("pub", "Publication", false),
  SOURCE("source", "Cited source", false),
  FORMAT("format", "Format", false);

  /** Name of the dimension in the taxonomy and the URL parameter that filters on it. */
  public final String key;
  /** Human label shown in the facet sidebar. */
  public final String label;
  /** True when values are '/'-separated paths that drill down level by level. */
  public final boolean hierarchical;

  FacetDim(String key, String label, boolean hierarchical) {
    this.key = key;
    this.label = label;
    this.hierarchical = hierarchical;
  }

  public static Optional<FacetDim> byKey(String key) {
    return Arrays.stream(values()).filter(d -> d.key.equals(key)).findFirst();
  }

  /** Splits a stored path value into taxonomy path components; flat dimensions keep the value whole. */
  public String[] components(String value) {
    return hierarchical ? value.split("/") : new String[] {value};
  }

  /** Joins taxonomy path components back into the '/'-separated form used in URLs and stored fields. */
  public String join(String... components) {
    return String.join("/", components);
  }
}
