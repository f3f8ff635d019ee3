package org.secsearch.indexer.extract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
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
  /** Jackson refuses strings over 20 M characters by default; the text limit (--max-chars) may be higher. */
  private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build()).build());

  private final ExtractorPool.Options options;
  private final ExecutorService reader =
      Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "extraction-reader");
        t.setDaemon(true);
        return t;
      });
  private Process process;
  private BufferedWriter toChild;
  private BufferedReader fromChild;
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
    fromChild = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String hello = readLine(options.startTimeoutMillis());
    // JVM start-up messages that ignore -Xlog (a flight recording's banner) may precede the greeting.
    for (int skipped = 0; hello != null && hello != TIMED_OUT && !hello.startsWith("{") && skipped < 20; skipped++) {
      hello = readLine(options.startTimeoutMillis());
    }
    if (hello == null || !hello.contains("ready")) {
      kill();
      throw new IOException("extraction worker did not start: " + hello);
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
    String line = readLine(options.timeoutMillis());
    if (line == TIMED_OUT) {
      kill();
      return Extracted.failure(Status.FAILED_TIMEOUT,
          "no result after " + options.timeoutMillis() / 1000 + " s; worker killed and restarted");
    }
    if (line == null || !line.startsWith("{")) return crashed(); // EOF, or the dying JVM wrote on stdout
    return JSON.readValue(line, Extracted.class);
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

  private static final String TIMED_OUT = new String("timed out");

  private String readLine(long timeoutMillis) throws IOException {
    Future<String> next = reader.submit(fromChild::readLine);
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
