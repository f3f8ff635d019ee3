package org.secsearch.indexer.index;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Where an indexing run spends its time: wall and CPU time per stage, summed over the indexing threads, so a
 * benchmark can say which stage is the bottleneck (and what share enrichment takes) on a noisy machine.
 */
public final class StageTimes {
  /** The stages of one file's way into the index, plus the periodic commits. */
  public enum Stage {
    /** Stat and SHA-256 of the file (a small text file is read into memory here, once), and its sidecar looked up. */
    READ(null),
    /**
     * A plain-text file decoded in this process, or the wait for an extraction worker's answer (the parsing CPU
     * itself is the workers', so the CPU line says what this process spends here).
     */
    EXTRACT("extract (text files, worker I/O)"),
    /** Metadata, places, organizations, sources, dates. */
    ENRICH(null),
    /** Building the Lucene document and adding it (analysis, facets, taxonomy). */
    INDEX(null),
    /** Commits of the taxonomy and the index. */
    COMMIT(null);

    private final String cpuLabel;

    Stage(String cpuLabel) {
      this.cpuLabel = cpuLabel;
    }

    String label() {
      return name().toLowerCase();
    }

    /** The stage's name on the CPU line. */
    String cpuLabel() {
      return cpuLabel == null ? label() : cpuLabel;
    }
  }

  /** A stage's work. */
  @FunctionalInterface
  public interface Body<T> {
    T run() throws IOException, InterruptedException;
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final Map<Stage, LongAdder> wall = new EnumMap<>(Stage.class);
  private final Map<Stage, LongAdder> cpu = new EnumMap<>(Stage.class);

  public StageTimes() {
    for (Stage s : Stage.values()) {
      wall.put(s, new LongAdder());
      cpu.put(s, new LongAdder());
    }
  }

  /** Runs {@code body} on this thread and charges its wall and CPU time to {@code stage}. */
  public <T> T time(Stage stage, Body<T> body) throws IOException, InterruptedException {
    long w0 = System.nanoTime(), c0 = THREADS.getCurrentThreadCpuTime();
    try {
      return body.run();
    } finally {
      cpu.get(stage).add(THREADS.getCurrentThreadCpuTime() - c0);
      wall.get(stage).add(System.nanoTime() - w0);
    }
  }

  public long wallNanos(Stage s) {
    return wall.get(s).sum();
  }

  public long cpuNanos(Stage s) {
    return cpu.get(s).sum();
  }

  /** The totals of a finished run, with the CPU time of this JVM and of the extraction workers. */
  public Totals totals(long indexerCpuNanos, long workerCpuNanos) {
    Map<Stage, Long> w = new EnumMap<>(Stage.class), c = new EnumMap<>(Stage.class);
    for (Stage s : Stage.values()) {
      w.put(s, wallNanos(s));
      c.put(s, cpuNanos(s));
    }
    return new Totals(w, c, indexerCpuNanos, workerCpuNanos);
  }

  /**
   * Per-stage wall and CPU nanoseconds, and the run's whole CPU time in this JVM and in the workers.
   * Enrichment's share is of all CPU spent on the run, the figure that says whether it is the bottleneck.
   */
  public record Totals(Map<Stage, Long> wallNanos, Map<Stage, Long> cpuNanos, long indexerCpuNanos,
      long workerCpuNanos) {
    public static final Totals NONE = new StageTimes().totals(0, 0);

    public double enrichShare() {
      long all = indexerCpuNanos + workerCpuNanos;
      return all == 0 ? 0 : (double) cpuNanos.get(Stage.ENRICH) / all;
    }

    /** Two lines: wall time per stage, then CPU per stage and per process. */
    public String lines() {
      StringBuilder wall = new StringBuilder("stages (wall, summed over threads):");
      StringBuilder cpu = new StringBuilder("cpu: indexer ").append(secs(indexerCpuNanos)).append(" (");
      long staged = 0;
      for (Stage s : Stage.values()) {
        wall.append(' ').append(s.label()).append(' ').append(secs(wallNanos.get(s)));
        cpu.append(s.cpuLabel()).append(' ').append(secs(cpuNanos.get(s))).append(", ");
        staged += cpuNanos.get(s);
      }
      cpu.append("other ").append(secs(Math.max(0, indexerCpuNanos - staged)))
          .append(" = JIT, GC, merges, start-up), workers ").append(secs(workerCpuNanos))
          .append(String.format(" | enrichment %.0f%% of all CPU", 100 * enrichShare()));
      return wall + System.lineSeparator() + cpu;
    }

    private static String secs(long nanos) {
      return String.format("%.1f s", nanos / 1e9);
    }
  }

  /** CPU time this JVM has used so far, all threads (GC and JIT included). */
  public static long processCpuNanos() {
    return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
  }
}
