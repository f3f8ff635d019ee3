package org.secsearch.indexer.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;

/**
 * Detects the formats of a report folder from the name and a look at the first bytes, without running Tika's
 * hundreds of magic patterns (a third of a worker's time on small files) or opening every zip to read its parts
 * (a quarter of a worker's time on DOCX and PDF): plain text and HTML named as such whose first bytes are text,
 * and PDF, DOCX, ODT and RTF named as such whose first bytes are that format's signature. Anything else — another
 * name, or bytes that do not match the name (an encrypted DOCX is an OLE2 file, not a zip) — goes to Tika's own
 * detector.
 */
final class TextFormatDetector implements Detector {
  private static final Map<String, MediaType> BY_EXTENSION = Map.of(
      "txt", MediaType.TEXT_PLAIN,
      "text", MediaType.TEXT_PLAIN,
      "htm", MediaType.TEXT_HTML,
      "html", MediaType.TEXT_HTML,
      "xhtml", MediaType.application("xhtml+xml"));
  /** Formats taken by name when the file starts with the format's own signature. */
  private record Signed(MediaType type, byte[] signature) {}

  private static final Map<String, Signed> BY_SIGNATURE = Map.of(
      "pdf", new Signed(MediaType.application("pdf"), ascii("%PDF-")),
      "docx", new Signed(MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document"),
          ascii("PK\u0003\u0004")),
      "odt", new Signed(MediaType.application("vnd.oasis.opendocument.text"), ascii("PK\u0003\u0004")),
      "rtf", new Signed(MediaType.application("rtf"), ascii("{\\rtf")));
  /** Signatures of binary formats that can start with printable bytes: such a file is never taken as text. */
  private static final String[] BINARY_STARTS = {"%PDF", "%!PS", "{\\rtf", "PK\u0003\u0004", "<?xml-stylesheet"};
  private static final int HEAD = 2048;

  private final Detector fallback;

  TextFormatDetector(Detector fallback) {
    this.fallback = fallback;
  }

  @Override
  public MediaType detect(InputStream in, Metadata metadata) throws IOException {
    String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
    MediaType byName = byName(name);
    if (byName != null && in != null && in.markSupported() && looksLikeText(in)) return byName;
    Signed signed = bySignatureName(name);
    if (signed != null && in != null && in.markSupported() && startsWith(in, signed.signature())) return signed.type();
    return fallback.detect(in, metadata);
  }

  static MediaType byName(String name) {
    return BY_EXTENSION.get(extension(name));
  }

  private static Signed bySignatureName(String name) {
    return BY_SIGNATURE.get(extension(name));
  }

  /** The file name's extension in lower case; "" when it has none. */
  private static String extension(String name) {
    int dot = name == null ? -1 : name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static boolean startsWith(InputStream in, byte[] signature) throws IOException {
    in.mark(signature.length);
    try {
      return java.util.Arrays.equals(in.readNBytes(signature.length), signature);
    } finally {
      in.reset();
    }
  }

  private static byte[] ascii(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  /** No control bytes other than whitespace and escape, and no binary signature, in the first bytes. */
  private static boolean looksLikeText(InputStream in) throws IOException {
    in.mark(HEAD);
    byte[] head;
    try {
      head = in.readNBytes(HEAD);
    } finally {
      in.reset();
    }
    if (head.length == 0) return false;
    for (byte b : head) {
      if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) return false;
    }
    String start = new String(head, 0, Math.min(head.length, 32), java.nio.charset.StandardCharsets.ISO_8859_1);
    for (String sig : BINARY_STARTS) {
      if (start.startsWith(sig)) return false;
    }
    return true;
  }
}
