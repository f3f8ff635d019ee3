package org.secsearch.indexer.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Writes a report as UTF-8 plain text: title line, then the body blocks separated by blank lines. */
final class TextWriter implements FormatWriter {

  @Override
  public void write(SampleReport r, OutputStream out) throws IOException {
    out.write(plainText(r).getBytes(StandardCharsets.UTF_8));
  }

  /** The report as text with LF line ends; the e-mail writer reuses it as its message body. */
  static String plainText(SampleReport r) {
    StringBuilder text = new StringBuilder(4096).append(r.title()).append("\n\n");
    for (String block : r.bodyBlocks()) {
      text.append(block).append("\n\n");
    }
    if (r.url() != null) {
      text.append(r.url()).append('\n');
    }
    return text.toString();
  }
}
