package org.secsearch.indexer.generate;

import static org.secsearch.indexer.generate.Markup.escape;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Writes a report as a UTF-8 HTML5 page with the metadata tags news sites use (author, dc.date, publication). */
final class HtmlWriter implements FormatWriter {

  @Override
  public void write(SampleReport r, OutputStream out) throws IOException {
    StringBuilder html = new StringBuilder(4096);
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    html.append("<title>").append(escape(r.title())).append("</title>\n");
    meta(html, "name", "author", r.author());
    if (r.date() != null) {
      // Two spellings of the same fact: Dublin Core for archives, Open Graph for news pages.
      meta(html, "name", "dc.date", r.date().toString());
      meta(html, "property", "article:published_time", r.date().toString());
    }
    meta(html, "name", "publication", r.publication());
    meta(html, "name", "volume", r.volume());
    meta(html, "name", "issue", r.issue());
    if (r.url() != null) {
      html.append("<link rel=\"canonical\" href=\"").append(escape(r.url())).append("\">\n");
    }
    html.append("</head>\n<body>\n<article>\n<h1>").append(escape(r.title())).append("</h1>\n");
    for (String block : r.bodyBlocks()) {
      html.append("<p>").append(escape(block)).append("</p>\n");
    }
    html.append("</article>\n</body>\n</html>\n");
    out.write(html.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void meta(StringBuilder html, String attr, String key, String value) {
    if (value != null) {
      html.append("<meta ").append(attr).append("=\"").append(key).append("\" content=\"")
          .append(escape(value)).append("\">\n");
    }
  }
}
