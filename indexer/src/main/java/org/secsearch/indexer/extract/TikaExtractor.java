package org.secsearch.indexer.extract;

import java.io.IOException;
import java.io.InputStream;
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
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;

/**
 * Parses one file with Tika's AutoDetectParser into an {@link Extracted}. Runs inside an isolated worker JVM
 * ({@link ExtractionWorker}): a hostile file may exhaust this process, never the indexer.
 */
public final class TikaExtractor {
  /** How much of a large text file is looked at to spot UTF-16 without a byte-order mark. */
  private static final int SNIFF_BYTES = 4096;
  private static final int MAX_META_VALUE = 4000;

  private final AutoDetectParser parser = new QuickAutoDetectParser();

  /** Extracts at most {@code maxChars} characters; beyond that the result is {@link Status#PARTIAL}. */
  public Extracted extract(Path file, int maxChars) {
    Metadata md = new Metadata();
    md.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
    BodyContentHandler handler = new BodyContentHandler(maxChars);
    boolean truncated = false;
    try {
      Extracted plain = plainText(file, maxChars);
      if (plain != null) return plain;
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
    return PlainTextFiles.classify(raw, baseType(md.get(Metadata.CONTENT_TYPE)), metadataMap(md), truncated);
  }

  /**
   * A .txt file in UTF-8 or BOM-less UTF-16 is decoded directly ({@link PlainTextFiles}): plain text has nothing for
   * Tika to parse, and its charset and CSV sniffing took over half a worker's time on such files. A UTF-8 file over
   * four bytes a character of the limit is left to Tika, which stops reading at the limit.
   */
  private static Extracted plainText(Path file, int maxChars) throws IOException {
    String name = file.getFileName().toString();
    if (!PlainTextFiles.isTextName(name)) return null;
    if (Files.size(file) > 4L * maxChars && sniffUtf16(file) == null) return null;
    return PlainTextFiles.decode(name, Files.readAllBytes(file), maxChars);
  }

  private static String sniffUtf16(Path file) throws IOException {
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
