package org.secsearch.indexer.generate;

import static org.secsearch.indexer.generate.Markup.element;
import static org.secsearch.indexer.generate.Markup.escape;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a report as a minimal WordprocessingML package (content types, package relationships, main document, core
 * properties): enough for Word, LibreOffice and Tika, without pulling in POI's full OOXML schemas.
 */
final class DocxWriter implements FormatWriter {
  private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

  private static final String CONTENT_TYPES = XML
      + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      + "<Override PartName=\"/word/document.xml\" ContentType=\""
      + "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
      + "<Override PartName=\"/docProps/core.xml\" ContentType=\""
      + "application/vnd.openxmlformats-package.core-properties+xml\"/>"
      + "</Types>";

  private static final String PACKAGE_RELS = XML
      + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
      + "officeDocument\" Target=\"word/document.xml\"/>"
      + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
      + "core-properties\" Target=\"docProps/core.xml\"/>"
      + "</Relationships>";

  @Override
  public void write(SampleReport r, OutputStream out) throws IOException {
    try (ZipPackager zip = new ZipPackager(out)) {
      // [Content_Types].xml first: detectors that stream the zip look for it early.
      zip.deflated("[Content_Types].xml", CONTENT_TYPES);
      zip.deflated("_rels/.rels", PACKAGE_RELS);
      zip.deflated("word/document.xml", document(r));
      zip.deflated("docProps/core.xml", coreProperties(r));
    }
  }

  private static String document(SampleReport r) {
    StringBuilder doc = new StringBuilder(8192).append(XML)
        .append("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
    doc.append("<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val=\"32\"/></w:rPr>")
        .append(run(r.title())).append("</w:r></w:p>");
    for (String block : r.bodyBlocks()) {
      doc.append("<w:p><w:r>").append(run(block)).append("</w:r></w:p>");
    }
    doc.append("<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>")
        .append("<w:pgMar w:top=\"1440\" w:right=\"1440\" w:bottom=\"1440\" w:left=\"1440\"/></w:sectPr>")
        .append("</w:body></w:document>");
    return doc.toString();
  }

  /** A text run; xml:space keeps leading and doubled spaces that Word would otherwise drop. */
  private static String run(String text) {
    return "<w:t xml:space=\"preserve\">" + escape(text) + "</w:t>";
  }

  private static String coreProperties(SampleReport r) {
    StringBuilder core = new StringBuilder(1024).append(XML)
        .append("<cp:coreProperties")
        .append(" xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\"")
        .append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\"")
        .append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">");
    core.append(element("dc:title", r.title()))
        .append(element("dc:creator", r.author()))
        // OPC core properties have no publisher field; subject is where Word shows a document's series.
        .append(element("dc:subject", r.publicationLine()))
        .append(element("dc:identifier", r.url()));
    if (r.date() != null) {
      core.append("<dcterms:created xsi:type=\"dcterms:W3CDTF\">").append(Markup.dateTime(r.date()))
          .append("</dcterms:created>");
    }
    return core.append("</cp:coreProperties>").toString();
  }
}
