package org.secsearch.indexer.generate;

import static org.secsearch.indexer.generate.Markup.element;
import static org.secsearch.indexer.generate.Markup.escape;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a report as an OpenDocument text package: stored mimetype first, manifest, content and meta. */
final class OdtWriter implements FormatWriter {
  static final String MEDIA_TYPE = "application/vnd.oasis.opendocument.text";
  private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

  private static final String MANIFEST = XML
      + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
      + " manifest:version=\"1.2\">"
      + "<manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.2\" manifest:media-type=\""
      + MEDIA_TYPE + "\"/>"
      + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
      + "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>"
      + "</manifest:manifest>";

  @Override
  public void write(SampleReport r, OutputStream out) throws IOException {
    try (ZipPackager zip = new ZipPackager(out)) {
      // ODF 1.2 §3.3: "mimetype" must be the first entry and uncompressed, so its bytes sit at a fixed offset
      // where magic-number detection finds them.
      zip.stored("mimetype", MEDIA_TYPE);
      zip.deflated("META-INF/manifest.xml", MANIFEST);
      zip.deflated("content.xml", content(r));
      zip.deflated("meta.xml", meta(r));
    }
  }

  private static String content(SampleReport r) {
    StringBuilder doc = new StringBuilder(8192).append(XML)
        .append("<office:document-content xmlns:office=\"").append(OFFICE).append('"')
        .append(" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">")
        .append("<office:body><office:text>");
    doc.append("<text:h text:outline-level=\"1\">").append(escape(r.title())).append("</text:h>");
    for (String block : r.bodyBlocks()) {
      doc.append("<text:p>").append(escape(block)).append("</text:p>");
    }
    return doc.append("</office:text></office:body></office:document-content>").toString();
  }

  private static String meta(SampleReport r) {
    StringBuilder meta = new StringBuilder(1024).append(XML)
        .append("<office:document-meta xmlns:office=\"").append(OFFICE).append('"')
        .append(" xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\"")
        .append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" office:version=\"1.2\"><office:meta>");
    meta.append(element("dc:title", r.title()))
        .append(element("dc:creator", r.author()))
        .append(element("dc:subject", r.publicationLine()));
    if (r.date() != null) {
      meta.append(element("meta:creation-date", Markup.dateTime(r.date())));
    }
    if (r.url() != null) {
      meta.append("<meta:user-defined meta:name=\"url\">").append(escape(r.url())).append("</meta:user-defined>");
    }
    if (r.publication() != null) {
      meta.append("<meta:user-defined meta:name=\"publication\">").append(escape(r.publication()))
          .append("</meta:user-defined>");
    }
    return meta.append("</office:meta></office:document-meta>").toString();
  }
}
