package org.secsearch.indexer.extract;

import java.util.Map;

/**
 * Metadata a user supplies beside a file that carries none: {@code NAME.meta.json} next to it, or a row of a
 * {@code catalog.csv} in its folder. Keys: title, date, publication, volume, issue, author, url.
 */
public record Sidecar(Map<String, String> values, String origin) {
  public static final Sidecar NONE = new Sidecar(Map.of(), null);

  public String get(String key) {
    String v = values.get(key);
    return v == null || v.isBlank() ? null : v.trim();
  }
}
