package org.secsearch.indexer.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;

/** A fixed set of isolated extraction workers shared by the indexing threads; one file at a time per worker. */
public final class ExtractorPool implements AutoCloseable {
  /**
   * How workers run.
   *
   * @param workers number of child JVMs
   * @param heap the child's -Xmx, e.g. "512m"
   * @param timeoutMillis per-file limit before the worker is killed
   * @param startTimeoutMillis how long a worker may take to load Tika
   * @param maxChars text limit per file; longer texts are cut and marked partial
   * @param log file that collects the workers' stderr, or null to discard it
   */
  public record Options(int workers, String heap, long timeoutMillis, long startTimeoutMillis, int maxChars, Path log) {
    public static Options defaults(int workers) {
      return new Options(workers, "512m", 60_000, 60_000, 5_000_000, null);
    }

    public Options withWorkers(int value) {
      return new Options(value, heap, timeoutMillis, startTimeoutMillis, maxChars, log);
    }

    public Options withTimeoutMillis(long millis) {
      return new Options(workers, heap, millis, startTimeoutMillis, maxChars, log);
    }

    public Options withHeap(String value) {
      return new Options(workers, value, timeoutMillis, startTimeoutMillis, maxChars, log);
    }

    public Options withMaxChars(int value) {
      return new Options(workers, heap, timeoutMillis, startTimeoutMillis, value, log);
    }

    public Options withLog(Path value) {
      return new Options(workers, heap, timeoutMillis, startTimeoutMillis, maxChars, value);
    }
  }

  private final Options options;
  private final List<WorkerProcess> all = new ArrayList<>();
  private final BlockingQueue<WorkerProcess> idle;

  /** Starts all workers in parallel (each loads Tika once, ~1–2 s). */
  public ExtractorPool(Options options) throws IOException {
    this.options = options;
    idle = new ArrayBlockingQueue<>(options.workers());
    for (int i = 0; i < options.workers(); i++) all.add(new WorkerProcess(options));
    try {
      CompletableFuture.allOf(all.stream().map(w -> CompletableFuture.runAsync(() -> {
        try {
          w.start();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      })).toArray(CompletableFuture[]::new)).join();
    } catch (RuntimeException e) {
      close();
      throw new IOException("could not start extraction workers: " + e.getMessage(), e);
    }
    idle.addAll(all);
  }

  /** Extracts one file in an isolated worker; blocks while all workers are busy. */
  public Extracted extract(Path file) throws IOException, InterruptedException {
    return extract(file, null);
  }

  /**
   * Extracts one file: a plain-text file whose bytes the caller has read is decoded right here (no parser runs, so
   * there is nothing to isolate); anything else goes to an isolated worker, blocking while all are busy.
   */
  public Extracted extract(Path file, byte[] bytesInHand) throws IOException, InterruptedException {
    if (bytesInHand != null) {
      Extracted plain = PlainTextFiles.decode(file.getFileName().toString(), bytesInHand, options.maxChars());
      if (plain != null) return plain;
    }
    WorkerProcess worker = idle.take();
    try {
      return worker.extract(file);
    } finally {
      idle.put(worker);
    }
  }

  /** How many times workers were killed and restarted (hangs, OOMs, crashes). */
  public int restarts() {
    return all.stream().mapToInt(WorkerProcess::restarts).sum();
  }

  /** CPU time used by all workers so far, restarted ones included, in nanoseconds. */
  public long cpuNanos() {
    return all.stream().mapToLong(WorkerProcess::cpuNanos).sum();
  }

  @Override
  public void close() {
    all.forEach(WorkerProcess::close);
  }
}
