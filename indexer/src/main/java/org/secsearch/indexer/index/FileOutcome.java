package org.secsearch.indexer.index;

import org.secsearch.indexer.extract.Status;

/**
 * One line of the run report ({@code index-report.jsonl} beside the index): a file that is not in the index,
 * or was indexed only partly, with the reason. Size and mtime let the next run skip unchanged skips.
 */
public record FileOutcome(String path, String id, String status, String reason, long size, long mtime) {
  public static FileOutcome of(String path, Status status, String reason, long size, long mtime) {
    return new FileOutcome(path, DocumentIds.of(path), status.label(), reason, size, mtime);
  }

  public Status statusValue() {
    return Status.ofLabel(status);
  }
}
