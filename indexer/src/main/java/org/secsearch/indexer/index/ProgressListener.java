package org.secsearch.indexer.index;

import org.secsearch.indexer.extract.Status;

/** Hears how an indexing run advances, for a progress bar or log lines. */
public interface ProgressListener {
  /** The walk is done: this many files (of this many bytes) need work; {@code unchanged} were skipped. */
  default void started(int files, long bytes, int unchanged) {}

  /** One file is done. */
  default void fileDone(String path, Status status, long bytes) {}

  /** The run is over. */
  default void finished(IndexSummary summary) {}

  ProgressListener NONE = new ProgressListener() {};
}
