package org.secsearch.web.search;

import java.util.Arrays;

/** Result orders a user can pick; the URL carries the key, and relevance is the default left out of it. */
public enum Sort {
  RELEVANCE("relevance", "Relevance"),
  NEWEST("newest", "Newest first"),
  OLDEST("oldest", "Oldest first");

  public final String key;
  public final String label;

  Sort(String key, String label) {
    this.key = key;
    this.label = label;
  }

  public static Sort byKey(String key) {
    return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst()
        .orElseThrow(() -> new InvalidSearchException(
            "Unknown sort order “" + key + "”: use relevance, newest or oldest."));
  }
}
