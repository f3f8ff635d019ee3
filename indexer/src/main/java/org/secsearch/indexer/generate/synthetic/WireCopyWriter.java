package org.secsearch.indexer.generate.synthetic;

import java.nio.charset.StandardCharsets;

/**
 * Renders a synthetic report as plain-text wire copy: headline, byline, a dateline with place, date and outlet
 * opening the first paragraph, paragraphs separated by blank lines, and the reporting credit at the end.
 */
final class WireCopyWriter {
  private WireCopyWriter() {}

  static byte[] render(SyntheticReport r) {
    StringBuilder t = new StringBuilder(r.plan().targetChars() + 512);
    t.append(r.title()).append("\n\nBy ").append(r.author()).append("\n\n");
    t.append(r.dateline()).append(", ").append(r.longDate()).append(" (").append(r.outlet()).append(") \u2014 ");
    for (String p : r.paragraphs()) {
      t.append(p).append("\n\n");
    }
    t.append("(Reporting by ").append(r.author()).append("; editing by ").append(r.plan().editor()).append(")\n");
    return t.toString().getBytes(StandardCharsets.UTF_8);
  }
}
