package org.secsearch.indexer.index;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable document ids: the first 64 bits of SHA-256 over the corpus-relative path with '/' separators, so the
 * same file gets the same id on every run, every machine and after a rebuild, and shared links keep working.
 */
public final class DocumentIds {
  private DocumentIds() {}

  public static String relativePath(Path corpusRoot, Path file) {
    return corpusRoot.relativize(file).toString().replace('\\', '/');
  }

  public static String of(String relativePath) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(relativePath.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** Whether a string has the shape of an id (16 lower-case hex digits): anything else is rejected early. */
  public static boolean isValid(String id) {
    return id != null && id.matches("[0-9a-f]{16}");
  }
}
