package org.secsearch.indexer.extract;

import java.util.Locale;

/** The one outcome every file ends with; its lower-case name is what reports and the index record. */
public enum Status {
  /** Text extracted and indexed. */
  INDEXED,
  /** Indexed, but the text was cut at the size limit. */
  PARTIAL,
  /** No text at all (0-byte file, blank PDF, image-only scan). */
  SKIPPED_EMPTY,
  /** Password-protected: the text cannot be read. */
  SKIPPED_ENCRYPTED,
  /** The text is binary noise (random bytes, a mis-detected encoding). */
  SKIPPED_JUNK,
  /** A symbolic link (loop, leaves the corpus, or points back inside it): never followed. */
  SKIPPED_LINK,
  /** The parser rejected the file (corrupt, truncated, unsupported structure, or the worker crashed). */
  FAILED_PARSE,
  /** Parsing took longer than the per-file timeout; the worker was killed. */
  FAILED_TIMEOUT,
  /** Parsing exhausted the worker's heap (zip bombs and the like); the worker was restarted. */
  FAILED_OOM;

  /** Name as written in reports and JSON: {@code failed_oom}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Status ofLabel(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }

  /** Whether the file's text goes into the index. */
  public boolean searchable() {
    return this == INDEXED || this == PARTIAL;
  }

  /** Failures are retried on the next run; skips are deterministic and are not, while the file is unchanged. */
  public boolean retried() {
    return name().startsWith("FAILED_");
  }
}
