package org.secsearch.indexer.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Writes a report as RTF 1.x with an info group (title, author, creation time) and Unicode escapes. */
final class RtfWriter implements FormatWriter {

  @Override
  public void write(SampleReport r, OutputStream out) throws IOException {
    StringBuilder rtf = new StringBuilder(4096);
    rtf.append("{\\rtf1\\ansi\\ansicpg1252\\deff0\\uc1{\\fonttbl{\\f0\\fswiss Helvetica;}}\n{\\info");
    info(rtf, "title", r.title());
    info(rtf, "author", r.author());
    info(rtf, "subject", r.publicationLine());
    if (r.date() != null) {
      rtf.append("{\\creatim\\yr").append(r.date().getYear()).append("\\mo").append(r.date().getMonthValue())
          .append("\\dy").append(r.date().getDayOfMonth()).append("\\hr0\\min0}");
    }
    rtf.append("}\n\\pard\\sa240\\b\\fs32 ").append(escape(r.title())).append("\\b0\\fs22\\par\n");
    for (String block : r.bodyBlocks()) {
      rtf.append("\\pard\\sa200 ").append(escape(block)).append("\\par\n");
    }
    rtf.append("}\n");
    // Everything above 0x7F is escaped, so the file is pure ASCII.
    out.write(rtf.toString().getBytes(StandardCharsets.US_ASCII));
  }

  private static void info(StringBuilder rtf, String key, String value) {
    if (value != null) {
      rtf.append("{\\").append(key).append(' ').append(escape(value)).append('}');
    }
  }

  /**
   * Escapes RTF control characters and writes non-ASCII as {@code \\uN?}: N is the UTF-16 unit as a signed 16-bit
   * number (so characters beyond the BMP become two escapes) and '?' the fallback older readers show.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' || c == '{' || c == '}') {
        out.append('\\').append(c);
      } else if (c == '\n' || c == '\r' || c == '\t') {
        out.append(' ');
      } else if (c < 0x20) {
        continue;
      } else if (c < 0x80) {
        out.append(c);
      } else {
        out.append("\\u").append((int) (short) c).append('?');
      }
    }
    return out.toString();
  }
}
