package org.secsearch.indexer.extract;

import java.util.List;
import java.util.Map;

/**
 * What extraction yields for one file: its status, the plain text and the document metadata, as plain values
 * (nothing outside this package sees Tika's {@code Metadata} or SAX).
 *
 * @param status the outcome
 * @param reason why, for any status other than indexed (null otherwise)
 * @param text the extracted text (empty unless searchable)
 * @param contentType MIME type detected by Tika, without parameters
 * @param metadata document metadata: Tika property name → values (title, dc:creator, dcterms:created, meta tags …)
 */
public record Extracted(
    Status status, String reason, String text, String contentType, Map<String, List<String>> metadata) {

  public static Extracted failure(Status status, String reason) {
    return new Extracted(status, reason, "", null, Map.of());
  }

  /** First value of a metadata property, or null. */
  public String meta(String name) {
    List<String> values = metadata.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
