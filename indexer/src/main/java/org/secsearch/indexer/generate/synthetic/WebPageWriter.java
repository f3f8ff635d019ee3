package org.secsearch.indexer.generate.synthetic;

import static org.secsearch.indexer.generate.Markup.escape;

import java.nio.charset.StandardCharsets;

/**
 * Renders a synthetic report as a news site's article page: the head tags real sites carry (description,
 * keywords, author, Open Graph, article:published_time, Dublin Core date, canonical link) and a body with site
 * navigation, headline, byline, dated article text and a footer, so extraction meets the usual page furniture.
 */
final class WebPageWriter {
  private static final String[] NAV = {"World", "Security", "Analysis", "Regions", "Opinion"};

  private WebPageWriter() {}

  static byte[] render(SyntheticReport r) {
    StringBuilder h = new StringBuilder(r.plan().targetChars() + 2048);
    String iso = r.date().toString();
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h.append("<title>").append(escape(r.title())).append("</title>\n");
    meta(h, "name", "description", r.summary());
    meta(h, "name", "keywords", r.keywords());
    meta(h, "name", "author", r.author());
    meta(h, "name", "publication", r.outlet());
    meta(h, "name", "dc.date", iso);
    meta(h, "property", "og:type", "article");
    meta(h, "property", "og:title", r.title());
    meta(h, "property", "og:site_name", r.outlet());
    meta(h, "property", "og:url", r.url());
    meta(h, "property", "article:published_time", iso + "T08:00:00Z");
    meta(h, "property", "article:section", "Security");
    h.append("<link rel=\"canonical\" href=\"").append(escape(r.url())).append("\">\n")
        .append("<link rel=\"stylesheet\" href=\"/assets/site.css\">\n</head>\n<body>\n");
    h.append("<header class=\"site-header\">\n<a class=\"logo\" href=\"/\">").append(escape(r.outlet()))
        .append("</a>\n<nav>\n<ul>\n");
    for (String item : NAV) {
      h.append("<li><a href=\"/").append(English.slug(item, 20)).append("/\">").append(item).append("</a></li>\n");
    }
    h.append("</ul>\n</nav>\n</header>\n<main>\n<article>\n<h1>").append(escape(r.title())).append("</h1>\n");
    h.append("<p class=\"byline\">By <span class=\"author\">").append(escape(r.author()))
        .append("</span> | <time datetime=\"").append(iso).append("\">").append(r.longDate())
        .append("</time></p>\n");
    boolean first = true;
    for (String p : r.paragraphs()) {
      h.append("<p>");
      if (first) {
        h.append(escape(r.dateline())).append(", ").append(r.longDate()).append(" \u2014 ");
        first = false;
      }
      h.append(escape(p)).append("</p>\n");
    }
    h.append("</article>\n</main>\n<footer class=\"site-footer\">\n<p>&copy; ").append(r.date().getYear())
        .append(' ').append(escape(r.outlet())).append(". All rights reserved.</p>\n")
        .append("<p><a href=\"/about/\">About</a> | <a href=\"/contact/\">Contact</a> | ")
        .append("<a href=\"/privacy/\">Privacy</a></p>\n</footer>\n</body>\n</html>\n");
    return h.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void meta(StringBuilder h, String attr, String key, String value) {
    h.append("<meta ").append(attr).append("=\"").append(key).append("\" content=\"").append(escape(value))
        .append("\">\n");
  }
}
