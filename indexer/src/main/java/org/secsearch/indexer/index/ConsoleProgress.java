package org.secsearch.indexer.index;

import java.io.PrintStream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.secsearch.indexer.extract.Status;

/**
 * Shows a run's progress: a live bar (files/s, MB, ETA) on a terminal, otherwise a plain line every few
 * seconds, so logs of unattended runs stay readable.
 */
public final class ConsoleProgress implements ProgressListener {
  private static final long PLAIN_EVERY_NANOS = 5_000_000_000L;

  private final PrintStream out;
  private final boolean terminal;
  private ProgressBar bar;
  private long start, lastLine, doneBytes;
  private int total, done;

  public ConsoleProgress(PrintStream out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  @Override
  public synchronized void started(int files, long bytes, int unchanged) {
    total = files;
    start = lastLine = System.nanoTime();
    out.printf("indexing %d new or changed files (%.1f MB); %d unchanged%n", files, bytes / 1e6, unchanged);
    if (terminal && files > 0) {
      bar = new ProgressBarBuilder().setTaskName("indexing").setInitialMax(files)
          .setStyle(ProgressBarStyle.ASCII).setUnit(" files", 1).showSpeed().setConsumer(
              new me.tongfei.progressbar.ConsoleProgressBarConsumer(out)).build();
    }
  }

  @Override
  public synchronized void fileDone(String path, Status status, long bytes) {
    done++;
    doneBytes += bytes;
    if (bar != null) {
      bar.step();
      bar.setExtraMessage(String.format("%.1f MB", doneBytes / 1e6));
      return;
    }
    long now = System.nanoTime();
    if (now - lastLine >= PLAIN_EVERY_NANOS || done == total) {
      lastLine = now;
      double secs = Math.max(1e-3, (now - start) / 1e9);
      double rate = done / secs;
      long eta = rate > 0 ? Math.round((total - done) / rate) : 0;
      out.printf("  %d/%d files  %.1f files/s  %.2f MB/s  ETA %ds%n", done, total, rate,
          doneBytes / 1e6 / secs, eta);
    }
  }

  @Override
  public synchronized void finished(IndexSummary summary) {
    if (bar != null) bar.close();
    out.println(summary.line());
    out.println(summary.stages().lines());
  }
}
