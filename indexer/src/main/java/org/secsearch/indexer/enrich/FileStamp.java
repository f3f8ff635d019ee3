package org.secsearch.indexer.enrich;

/**
 * What identifies a file's version for incremental indexing: unchanged size and mtime mean unchanged content;
 * otherwise the SHA-256 decides.
 */
public record FileStamp(long size, long mtimeMillis, String sha256) {
  public boolean sameSizeAndTime(FileStamp other) {
    return other != null && size == other.size && mtimeMillis == other.mtimeMillis;
  }
}
