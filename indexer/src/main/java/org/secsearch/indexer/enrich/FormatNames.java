package org.secsearch.indexer.enrich;

import java.util.Map;

/** Turns a MIME type into the short format name the Format facet shows ("PDF", "Word", "E-mail"). */
public final class FormatNames {
  private FormatNames() {}

  private static final Map<String, String> NAMES = Map.ofEntries(
      Map.entry("application/pdf", "PDF"),
      Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word"),
      Map.entry("application/msword", "Word (97–2003)"),
      Map.entry("application/vnd.oasis.opendocument.text", "OpenDocument text"),
      Map.entry("application/rtf", "RTF"),
      Map.entry("text/html", "HTML"),
      Map.entry("application/xhtml+xml", "HTML"),
      Map.entry("text/plain", "Plain text"),
      Map.entry("message/rfc822", "E-mail"),
      Map.entry("application/vnd.ms-outlook", "E-mail"));

  public static String of(String contentType) {
    if (contentType == null) return "Other";
    return NAMES.getOrDefault(contentType, contentType);
  }
}
