package org.secsearch.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server ({@code serve --port 0}) in a child JVM on the JDK running this one, for the benchmarks and the load
 * test: waits until it prints its URL, reads its heap in use after a full collection with {@code jcmd}, and stops it
 * by its process id.
 */
public final class ServerProcess implements AutoCloseable {
  private static final Pattern URL = Pattern.compile("open http://127\\.0\\.0\\.1:(\\d+)/search");
  private static final Pattern USED = Pattern.compile("used (\\d+)K");

  private final Process process;
  private final Path log;
  private final int port;

  private ServerProcess(Process process, Path log, int port) {
    this.process = process;
    this.log = log;
    this.port = port;
  }

  /**
   * Starts {@code java LAUNCH serve --port 0 SERVE_OPTIONS} with its output in {@code log} and waits until it
   * prints its URL (with {@code --corpus} it indexes first, hence the timeout).
   *
   * @param launch JVM options, then {@code -jar JAR} or {@code -cp CLASSPATH org.secsearch.web.SearchWebCli}
   */
  public static ServerProcess start(List<String> launch, List<String> serveOptions, Path log, Duration timeout)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(javaTool("java")));
    command.addAll(launch);
    command.addAll(List.of("serve", "--port", "0"));
    command.addAll(serveOptions);
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      while (System.nanoTime() < deadline) {
        Matcher m = URL.matcher(Files.readString(log, StandardCharsets.UTF_8));
        if (m.find()) return new ServerProcess(p, log, Integer.parseInt(m.group(1)));
        if (!p.isAlive()) throw new IOException("the server exited with " + p.exitValue() + ":\n" + read(log));
        Thread.sleep(100);
      }
      throw new IOException("the server did not start within " + timeout + ":\n" + read(log));
    } catch (IOException | InterruptedException | RuntimeException e) {
      stop(p);
      throw e;
    }
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** Everything the server printed so far. */
  public String log() throws IOException {
    return read(log);
  }

  /**
   * Heap in use right after a full collection, in KiB: {@code jcmd PID GC.run}, then the "used" of each generation
   * (or of G1's one heap) that {@code GC.heap_info} reports.
   */
  public long heapAfterGcKib() throws IOException, InterruptedException {
    jcmd("GC.run");
    long usedK = 0;
    for (String line : jcmd("GC.heap_info").split("\n")) {
      if (!line.contains("total")) continue; // a generation ("def new", "tenured") or the G1 heap; not Metaspace
      Matcher m = USED.matcher(line);
      if (m.find()) usedK += Long.parseLong(m.group(1));
    }
    if (usedK == 0) throw new IOException("jcmd GC.heap_info reported no heap use for " + pid());
    return usedK;
  }

  private String jcmd(String command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(javaTool("jcmd"), Long.toString(pid()), command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException("jcmd " + command + " failed: " + out.strip());
    }
    return out;
  }

  private static String read(Path log) throws IOException {
    return Files.readString(log, StandardCharsets.UTF_8);
  }

  /** A tool of the JDK running this JVM, so the server runs on the same Java. */
  private static String javaTool(String name) {
    return Path.of(System.getProperty("java.home"), "bin", name).toString();
  }

  /** Stops the server as Ctrl+C would (its shutdown hook closes the index), forcibly after 30 s. */
  @Override
  public void close() throws InterruptedException {
    stop(process);
  }

  private static void stop(Process p) throws InterruptedException {
    p.destroy();
    if (!p.waitFor(30, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      p.waitFor(10, TimeUnit.SECONDS);
    }
  }
}
