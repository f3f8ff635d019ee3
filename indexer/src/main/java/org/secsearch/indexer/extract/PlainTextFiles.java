package org.secsearch.indexer.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.tika.mime.MediaType;

/**
 * Decodes the plain-text files that need no parser — a {@code .txt} in UTF-8 (ASCII included) or in UTF-16 without
 * a byte-order mark — from their bytes, and classifies any extracted text (indexed, partial, empty or junk). Both
 * the extraction worker and the indexer use it: the indexer has a small file's bytes in hand anyway (it hashes
 * them), so such a file needs no round trip to a worker. Anything else (windows-1251, a BOM, HTML) is left to Tika.
 */
public final class PlainTextFiles {
  /** Share of noise characters above which a text is binary junk (see {@link TextQuality#noiseShare}). */
  private static final double JUNK_THRESHOLD = 0.10;

  private PlainTextFiles() {}

  /** Whether a file of this name is read as plain text (by name only; its bytes decide the charset). */
  public static boolean isTextName(String fileName) {
    return MediaType.TEXT_PLAIN.equals(TextFormatDetector.byName(fileName));
  }

  /**
   * The extraction of a plain-text file from all of its bytes, or null when it needs Tika (not named as text, not
   * UTF-8 or BOM-less UTF-16, or empty — Tika reports an empty file as it always has).
   */
  public static Extracted decode(String fileName, byte[] bytes, int maxChars) {
    if (!isTextName(fileName)) return null;
    String utf16 = TextQuality.utf16WithoutBom(bytes, Math.min(bytes.length, 4096));
    String text = utf16 != null ? new String(bytes, Charset.forName(utf16)) : utf8(bytes);
    if (text == null || text.isEmpty()) return null;
    boolean truncated = text.length() > maxChars;
    String contentType = "text/plain; charset=" + (utf16 != null ? utf16 : "UTF-8");
    return classify(truncated ? text.substring(0, maxChars) : text, TikaExtractor.baseType(contentType),
        Map.of("Content-Type", List.of(contentType)), truncated);
  }

  /** Strict UTF-8 (a leading BOM skipped), or null when the bytes are not UTF-8. */
  private static String utf8(byte[] bytes) {
    int bom = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, bom, bytes.length - bom)).toString();
    } catch (CharacterCodingException notUtf8) {
      return null;
    }
  }

  /** The outcome for extracted text: cleaned, then empty, junk, partial (cut at the limit) or indexed. */
  static Extracted classify(String raw, String type, Map<String, List<String>> meta, boolean truncated) {
    String text = TextCleaner.clean(raw);
    if (!TextQuality.hasContent(text)) {
      return new Extracted(Status.SKIPPED_EMPTY, "no text in the file", "", type, meta);
    }
    if (TextQuality.noiseShare(text) > JUNK_THRESHOLD) {
      return new Extracted(Status.SKIPPED_JUNK, "text is binary noise (detected as " + type + ")", "", type, meta);
    }
    if (truncated) {
      return new Extracted(Status.PARTIAL, "text cut at " + text.length() + " characters", text, type, meta);
    }
    return new Extracted(Status.INDEXED, null, text, type, meta);
  }
}
