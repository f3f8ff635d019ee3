package org.secsearch.indexer.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.DataInputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One long-lived child JVM running {@link ExtractionWorker}: sends it a file, waits for the answer with a
 * timeout, and kills and restarts it on a hang, an out-of-memory exit or a crash.
 */
final class WorkerProcess implements AutoCloseable {
  /** Exit code of a JVM started with -XX:+ExitOnOutOfMemoryError when the heap runs out. */
  private static final int OOM_EXIT = 3;
  /** Writes the requests (one JSON object a line). */
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ExtractorPool.Options options;
  private final ExecutorService reader =
      Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "extraction-reader");
        t.setDaemon(true);
        return t;
      });
  private Process process;
  private BufferedWriter toChild;
  private DataInputStream fromChild;
  private int restarts;
  /** CPU time of the children that have ended (killed or closed), in nanoseconds. */
  private long endedCpuNanos;

  WorkerProcess(ExtractorPool.Options options) {
    this.options = options;
  }

  /** Starts the child if it is not running, and waits until Tika is loaded. */
  synchronized void start() throws IOException {
    if (process != null && process.isAlive()) return;
    List<String> cmd = new ArrayList<>();
    cmd.add(ProcessHandle.current().info().command().orElse("java"));
    cmd.add("-Xmx" + options.heap());
    // DisplayVMOutputToStderr and -Xlog to stderr: the JVM's own messages ("Terminating due to
    // java.lang.OutOfMemoryError", unified-logging warnings) would otherwise land on stdout, the protocol channel.
    cmd.addAll(List.of("-XX:+ExitOnOutOfMemoryError", "-XX:+DisplayVMOutputToStderr", "-Xlog:disable",
        "-Xlog:all=warning:stderr", "-XX:+UseSerialGC", "-Xss16m",
        "-Djava.awt.headless=true", "--enable-native-access=ALL-UNNAMED",
        "-cp", System.getProperty("java.class.path")));
    // Extra JVM options for profiling a worker (e.g. -XX:StartFlightRecording=...), documented in BENCHMARKS.md.
    String extra = System.getenv("SECSEARCH_WORKER_JAVA_OPTS");
    if (extra != null && !extra.isBlank()) cmd.addAll(List.of(extra.trim().split("\\s+")));
    cmd.add(ExtractionWorker.class.getName());
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.redirectError(options.log() == null
        ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.appendTo(options.log().toFile()));
    process = pb.start();
    toChild = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
    InputStream out = process.getInputStream();
    Object hello = await(() -> lineOf(out), options.startTimeoutMillis());
    // JVM start-up messages that ignore -Xlog (a flight recording's banner) may precede the greeting.
    for (int skipped = 0; hello instanceof String line && !line.startsWith("{") && skipped < 20; skipped++) {
      hello = await(() -> lineOf(out), options.startTimeoutMillis());
    }
    fromChild = new DataInputStream(new BufferedInputStream(out, 1 << 16)); // frames follow the greeting
    if (!(hello instanceof String line) || !line.contains("ready")) {
      kill();
      throw new IOException("extraction worker did not start: " + (hello == TIMED_OUT ? "no greeting in time" : hello));
    }
  }

  /** Extracts one file; never throws for a bad file — the outcome is in the status. */
  synchronized Extracted extract(Path file) throws IOException {
    start();
    try {
      toChild.write(JSON.writeValueAsString(new ExtractionWorker.Request(file.toString(), options.maxChars())));
      toChild.newLine();
      toChild.flush();
    } catch (IOException e) {
      return crashed();
    }
    Object answer = await(() -> WorkerFrames.read(fromChild), options.timeoutMillis());
    if (answer == TIMED_OUT) {
      kill();
      return Extracted.failure(Status.FAILED_TIMEOUT,
          "no result after " + options.timeoutMillis() / 1000 + " s; worker killed and restarted");
    }
    if (answer == null) return crashed(); // EOF, or the dying JVM wrote on stdout
    return (Extracted) answer;
  }

  int restarts() {
    return restarts;
  }

  /** CPU time all of this worker's child JVMs have used so far, in nanoseconds. */
  synchronized long cpuNanos() {
    return endedCpuNanos + liveCpuNanos();
  }

  /** The running child's CPU time; read before it ends, since an ended process has no info left. */
  private long liveCpuNanos() {
    return process == null ? 0
        : process.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
  }

  /** What {@link #await} gives when the child did not answer in time. */
  private static final Object TIMED_OUT = new Object();

  /** A read of the child's output. */
  private interface Read {
    Object from() throws IOException;
  }

  /**
   * The result of a read of the child's output within {@code timeoutMillis}: {@link #TIMED_OUT} when it takes
   * longer, null when the stream broke or ended (the child died).
   */
  private Object await(Read read, long timeoutMillis) throws IOException {
    Future<Object> next = reader.submit(read::from);
    try {
      return next.get(timeoutMillis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      next.cancel(true);
      return TIMED_OUT;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      kill();
      throw new IOException("interrupted while extracting", e);
    } catch (ExecutionException e) {
      return null; // stream broke: the child died
    }
  }

  /** One line of the child's output, read byte by byte so nothing after it is consumed; null at the end. */
  private static String lineOf(InputStream in) throws IOException {
    java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) return line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
      line.write(b);
    }
    return line.toString(StandardCharsets.UTF_8);
  }

  private Extracted crashed() {
    int code;
    try {
      code = process.waitFor(10, TimeUnit.SECONDS) ? process.exitValue() : -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      code = -1;
    }
    kill();
    if (code == OOM_EXIT) {
      return Extracted.failure(Status.FAILED_OOM,
          "parsing exhausted the worker's " + options.heap() + " heap; worker restarted");
    }
    return Extracted.failure(Status.FAILED_PARSE, "extraction worker crashed (exit code " + code + "); restarted");
  }

  private void kill() {
    if (process != null) {
      endedCpuNanos += liveCpuNanos();
      process.destroyForcibly();
      try {
        process.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      restarts++;
    }
    process = null;
  }

  @Override
  public synchronized void close() {
    if (process != null) {
      endedCpuNanos += liveCpuNanos();
      try {
        toChild.close(); // the worker ends at end of input
        if (!process.waitFor(2, TimeUnit.SECONDS)) process.destroyForcibly();
      } catch (IOException | InterruptedException e) {
        process.destroyForcibly();
      }
      process = null;
    }
    reader.shutdownNow();
  }
}
