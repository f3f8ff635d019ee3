package org.secsearch.web.web;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.secsearch.web.search.Hit;
import org.secsearch.web.search.SearchDescription;
import org.secsearch.web.search.SearchState;

/**
 * Writes a search as an Atom feed (RFC 4287), newest reports first, so a saved query can be followed in any feed
 * reader. Entry ids are the stable document ids; an entry's {@code updated} is when it was indexed, so a report
 * indexed today shows up as new even when it was published long ago.
 */
final class AtomFeed {
  private static final String NS = "http://www.w3.org/2005/Atom";

  private AtomFeed() {}

  /** @param base the site's origin ({@code http://127.0.0.1:7070}) for absolute links */
  static String write(SearchState state, List<Hit> hits, String base) {
    try {
      StringWriter out = new StringWriter();
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeStartElement("feed");
      x.writeDefaultNamespace(NS);
      text(x, "title", "secsearch: " + SearchDescription.of(state));
      text(x, "id", base + state.withPage(1).href("/search.atom"));
      link(x, "self", base + state.withPage(1).href("/search.atom"), "application/atom+xml");
      link(x, "alternate", base + state.withPage(1).withSort(org.secsearch.web.search.Sort.NEWEST).href(),
          "text/html");
      long newest = hits.stream().mapToLong(Hit::indexedAtMillis).max().orElse(0);
      text(x, "updated", Instant.ofEpochMilli(newest).toString());
      x.writeStartElement("author");
      text(x, "name", "secsearch");
      x.writeEndElement();
      for (Hit h : hits) entry(x, h, state, base);
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
      return out.toString();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("writing XML to a string cannot fail", e);
    }
  }

  private static void entry(XMLStreamWriter x, Hit h, SearchState state, String base) throws XMLStreamException {
    x.writeStartElement("entry");
    text(x, "title", h.title());
    text(x, "id", "urn:secsearch:doc:" + h.id());
    link(x, "alternate", base + state.withPage(1).docHref(h.id()), "text/html");
    text(x, "updated", Instant.ofEpochMilli(h.indexedAtMillis()).toString());
    if (h.date().length() == 10) text(x, "published", h.date() + "T00:00:00Z");
    for (String r : h.regions()) category(x, r, "region");
    for (String o : h.organizations()) category(x, o, "org");
    StringBuilder summary = new StringBuilder();
    if (!h.dateLabel().isEmpty()) summary.append(h.dateLabel()).append(" · ");
    if (!h.publication().isEmpty()) summary.append(h.publication()).append(" · ");
    x.writeStartElement("summary");
    x.writeAttribute("type", "html");
    x.writeCharacters(escapeOnce(summary.toString()) + h.snippet().html()); // escaped HTML, escaped again as XML
    x.writeEndElement();
    x.writeEndElement();
  }

  private static String escapeOnce(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
    x.writeStartElement(name);
    x.writeCharacters(value);
    x.writeEndElement();
  }

  private static void link(XMLStreamWriter x, String rel, String href, String type) throws XMLStreamException {
    x.writeEmptyElement("link");
    x.writeAttribute("rel", rel);
    x.writeAttribute("type", type);
    x.writeAttribute("href", href);
  }

  private static void category(XMLStreamWriter x, String term, String scheme) throws XMLStreamException {
    x.writeEmptyElement("category");
    x.writeAttribute("term", term);
    x.writeAttribute("scheme", "urn:secsearch:" + scheme);
  }
}
