package org.secsearch.indexer.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Hand-builds the zip-based files of the bad-input catalogue (DOCX, ODT, nested zips, zip bombs) from their
 * few required parts, so each test file says exactly which hostile feature it carries.
 */
final class OfficeMaker {
  private static final String W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String XML_DECL = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
  private static final String ODT_TYPE = "application/vnd.oasis.opendocument.text";

  private OfficeMaker() {}

  /** {@code word/document.xml} with an optional DOCTYPE and the given paragraphs' XML inside {@code <w:body>}. */
  static String documentXml(String doctype, String bodyXml) {
    return XML_DECL + (doctype == null ? "" : doctype + "\n") + "<w:document xmlns:w=\"" + W_NS + "\"><w:body>"
        + bodyXml + "</w:body></w:document>";
  }

  /** One paragraph with one run; {@code text} is inserted raw, so it may hold entity references. */
  static String paragraph(String text) {
    return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
  }

  /** A minimal DOCX: content types, package relationships, the main document, and any extra parts. */
  static byte[] docx(String documentXml, Map<String, byte[]> extraParts, String documentRels) throws IOException {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    parts.put("[Content_Types].xml", utf8(contentTypes()));
    parts.put("_rels/.rels", packageRels());
    parts.put("word/document.xml", utf8(documentXml));
    if (documentRels != null) parts.put("word/_rels/document.xml.rels", utf8(documentRels));
    parts.putAll(extraParts);
    return zip(parts);
  }

  static byte[] docx(String documentXml) throws IOException {
    return docx(documentXml, Map.of(), null);
  }

  /** A DOCX carrying {@code payload} as an embedded package part (how Word embeds an attached file). */
  static byte[] docxWithEmbeddedZip(String text, byte[] payload) throws IOException {
    String rels = XML_DECL + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        + "package\" Target=\"embeddings/attachment.zip\"/></Relationships>";
    return docx(documentXml(null, paragraph(text)), Map.of("word/embeddings/attachment.zip", payload), rels);
  }

  /**
   * A DOCX whose single text run holds {@code mebibytes} MiB of the letter 'a': deflate shrinks it about a
   * thousandfold, so 500 MiB fit in a ~0.5 MB file. Written straight to disk; the run is never held in memory.
   */
  static void zipBombDocx(Path file, int mebibytes) throws IOException {
    byte[] mib = new byte[1 << 20];
    Arrays.fill(mib, (byte) 'a');
    try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.setLevel(1); // fastest level: long runs of one byte compress about as well at 1 as at 9
      put(zip, "[Content_Types].xml", utf8(contentTypes()));
      put(zip, "_rels/.rels", packageRels());
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(utf8(XML_DECL + "<w:document xmlns:w=\"" + W_NS + "\"><w:body><w:p><w:r><w:t>"));
      for (int i = 0; i < mebibytes; i++) zip.write(mib);
      zip.write(utf8("</w:t></w:r></w:p></w:body></w:document>"));
      zip.closeEntry();
    }
  }

  /** An ODT: the {@code mimetype} entry first and stored uncompressed (as the format requires), then the parts. */
  static byte[] odt(String doctype, String paragraphsXml) throws IOException {
    String content = XML_DECL + (doctype == null ? "" : doctype + "\n")
        + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
        + "<office:body><office:text>" + paragraphsXml + "</office:text></office:body></office:document-content>";
    String manifest = XML_DECL
        + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" "
        + "manifest:version=\"1.2\"><manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + ODT_TYPE
        + "\"/><manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
        + "</manifest:manifest>";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      byte[] type = utf8(ODT_TYPE);
      ZipEntry mimetype = new ZipEntry("mimetype");
      mimetype.setMethod(ZipEntry.STORED);
      mimetype.setSize(type.length);
      CRC32 crc = new CRC32();
      crc.update(type);
      mimetype.setCrc(crc.getValue());
      zip.putNextEntry(mimetype);
      zip.write(type);
      zip.closeEntry();
      put(zip, "META-INF/manifest.xml", utf8(manifest));
      put(zip, "content.xml", utf8(content));
    }
    return bytes.toByteArray();
  }

  /** A zip holding a zip holding … {@code depth} levels down, the last one holding {@code inner.txt}. */
  static byte[] nestedZip(int depth, String innermostText) throws IOException {
    byte[] current = zip(Map.of("inner.txt", utf8(innermostText)));
    for (int level = depth - 1; level >= 1; level--) current = zip(Map.of("level" + level + ".zip", current));
    return current;
  }

  /**
   * The "billion laughs" DOCTYPE for root element {@code root}: ten levels of entities, each ten copies of the
   * one below, so {@code &lol9;} would expand to 10⁹ "lol"s (3 GB) if a parser allowed it.
   */
  static String billionLaughsDoctype(String root) {
    StringBuilder dt = new StringBuilder("<!DOCTYPE " + root + " [\n  <!ENTITY lol \"lol\">\n");
    for (int level = 1; level <= 9; level++) {
      String prev = level == 1 ? "&lol;" : "&lol" + (level - 1) + ";";
      dt.append("  <!ENTITY lol").append(level).append(" \"").append(prev.repeat(10)).append("\">\n");
    }
    return dt.append("]>").toString();
  }

  /** An external-entity DOCTYPE: {@code &name;} would pull in the file at {@code uri} if a parser resolved it. */
  static String externalEntityDoctype(String root, Map<String, String> entityToUri) {
    StringBuilder dt = new StringBuilder("<!DOCTYPE " + root + " [\n");
    entityToUri.forEach((name, uri) ->
        dt.append("  <!ENTITY ").append(name).append(" SYSTEM \"").append(uri).append("\">\n"));
    return dt.append("]>").toString();
  }

  static byte[] zip(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) put(zip, e.getKey(), e.getValue());
    }
    return bytes.toByteArray();
  }

  private static void put(ZipOutputStream zip, String name, byte[] data) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(data);
    zip.closeEntry();
  }

  private static byte[] packageRels() {
    return utf8(XML_DECL + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        + "officeDocument\" Target=\"word/document.xml\"/></Relationships>");
  }

  private static String contentTypes() {
    return XML_DECL + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Default Extension=\"zip\" ContentType=\"application/zip\"/>"
        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
        + "wordprocessingml.document.main+xml\"/></Types>";
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
