package org.secsearch.indexer.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;

/**
 * Parses one file with Tika's AutoDetectParser into an {@link Extracted}. Runs inside an isolated worker JVM
 * ({@link ExtractionWorker}): a hostile file may exhaust this process, never the indexer.
 */
public final class TikaExtractor {
  /** Text files decode UTF-16-without-BOM themselves; above this they are read up to the char limit only. */
  private static final int SNIFF_BYTES = 4096;
  /** Share of noise characters above which a text is binary junk (see {@link TextQuality#noiseShare}). */
  private static final double JUNK_THRESHOLD = 0.10;
  private static final int MAX_META_VALUE = 4000;

  private final AutoDetectParser parser = new QuickAutoDetectParser();

  /** Extracts at most {@code maxChars} characters; beyond that the result is {@link Status#PARTIAL}. */
  public Extracted extract(Path file, int maxChars) {
    Metadata md = new Metadata();
    md.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
    BodyContentHandler handler = new BodyContentHandler(maxChars);
    boolean truncated = false;
    try {
      String utf16 = sniffUtf16(file);
      if (utf16 != null) return plainText(file, Charset.forName(utf16), maxChars);
      Extracted utf8 = utf8Text(file, maxChars);
      if (utf8 != null) return utf8;
      ParseContext ctx = new ParseContext();
      ctx.set(Parser.class, parser); // parse embedded documents (e-mail attachments) too
      try (InputStream in = TikaInputStream.get(file, md)) {
        parser.parse(in, handler, md, ctx);
      }
    } catch (ZeroByteFileException e) {
      return Extracted.failure(Status.SKIPPED_EMPTY, "0-byte file");
    } catch (EncryptedDocumentException e) {
      return Extracted.failure(Status.SKIPPED_ENCRYPTED, "password-protected: " + message(e));
    } catch (Exception e) {
      if (WriteLimitReachedException.isWriteLimitReached(e)) {
        truncated = true;
      } else if (causedBy(e, EncryptedDocumentException.class)) {
        return Extracted.failure(Status.SKIPPED_ENCRYPTED, "password-protected: " + message(e));
      } else {
        return Extracted.failure(Status.FAILED_PARSE, message(e));
      }
    } catch (StackOverflowError e) {
      return Extracted.failure(Status.FAILED_PARSE, "structure nested too deeply (stack overflow)");
    }
    return classify(handler.toString(), md, truncated);
  }

  private static Extracted classify(String raw, Metadata md, boolean truncated) {
    String text = TextCleaner.clean(raw);
    String type = baseType(md.get(Metadata.CONTENT_TYPE));
    Map<String, List<String>> meta = metadataMap(md);
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

  private static Extracted plainText(Path file, Charset cs, int maxChars) throws IOException {
    String all = new String(Files.readAllBytes(file), cs);
    boolean truncated = all.length() > maxChars;
    Metadata md = new Metadata();
    md.set(Metadata.CONTENT_TYPE, "text/plain; charset=" + cs.name());
    return classify(truncated ? all.substring(0, maxChars) : all, md, truncated);
  }

  /**
   * A .txt file that is valid UTF-8 (ASCII included) is decoded directly: plain text has nothing for Tika to
   * parse, and its charset and CSV sniffing took over half a worker's time on such files. Other encodings
   * (windows-1251, Latin-1) and very large files still go through Tika.
   */
  private static Extracted utf8Text(Path file, int maxChars) throws IOException {
    if (!MediaType.TEXT_PLAIN.equals(TextFormatDetector.byName(file.getFileName().toString()))) return null;
    if (Files.size(file) > 4L * maxChars) return null;
    byte[] bytes = Files.readAllBytes(file);
    int bom = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, bom, bytes.length - bom)).toString();
    } catch (CharacterCodingException notUtf8) {
      return null;
    }
    if (text.isEmpty()) return null; // let Tika report the empty file as it always has
    boolean truncated = text.length() > maxChars;
    Metadata md = new Metadata();
    md.set(Metadata.CONTENT_TYPE, "text/plain; charset=UTF-8");
    return classify(truncated ? text.substring(0, maxChars) : text, md, truncated);
  }

  private static String sniffUtf16(Path file) throws IOException {
    String name = file.getFileName().toString().toLowerCase();
    if (!name.endsWith(".txt")) return null;
    byte[] head = new byte[SNIFF_BYTES];
    int len;
    try (InputStream in = Files.newInputStream(file)) {
      len = in.readNBytes(head, 0, head.length);
    }
    return TextQuality.utf16WithoutBom(head, len);
  }

  private static Map<String, List<String>> metadataMap(Metadata md) {
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (String name : md.names()) {
      List<String> values =
          java.util.Arrays.stream(md.getValues(name))
              .filter(v -> v != null && !v.isBlank())
              .map(v -> v.length() > MAX_META_VALUE ? v.substring(0, MAX_META_VALUE) : v)
              .toList();
      if (!values.isEmpty()) map.put(name, values);
    }
    return map;
  }

  static String baseType(String contentType) {
    if (contentType == null) return "application/octet-stream";
    int semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.substring(0, semi)).trim();
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) return true;
    }
    return false;
  }

  /** The deepest cause's message, which names the real problem ("Missing root object"), not a wrapper. */
  private static String message(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) root = root.getCause();
    String msg = root.getMessage();
    String text = root.getClass().getSimpleName() + (msg == null ? "" : ": " + msg);
    return text.length() > 500 ? text.substring(0, 500) + "…" : text;
  }
}
