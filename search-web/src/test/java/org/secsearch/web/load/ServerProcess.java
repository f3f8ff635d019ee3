package org.secsearch.web.load;

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
 * The packaged server ({@code java -jar search-web.jar serve … --port 0}) in a child JVM: it serves on a free port
 * (after indexing, when given {@code --corpus}); the test asks it for its heap after a full GC ({@code jcmd}) and
 * stops it.
 */
final class ServerProcess implements AutoCloseable {
  /** The server's heap limit: small enough that a leak would show, ample for a few thousand reports. */
  static final String HEAP = "-Xmx512m";
  private static final Pattern OPEN = Pattern.compile("secsearch: open http://127\\.0\\.0\\.1:(\\d+)/search");
  private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total.*?used (\\d+)K");

  private final Process process;
  private final Path log;
  private final int port;

  private ServerProcess(Process process, Path log, int port) {
    this.process = process;
    this.log = log;
    this.port = port;
  }

  /**
   * Starts {@code serve} with the given options and waits until it prints its URL (with {@code --corpus} it
   * indexes first, hence the timeout).
   */
  static ServerProcess start(Path jar, List<String> serveOptions, Path log, Duration timeout)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(javaTool("java").toString(), HEAP, "-jar", jar.toString(),
        "serve", "--port", "0"));
    command.addAll(serveOptions);
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      Matcher m = OPEN.matcher(Files.readString(log, StandardCharsets.UTF_8));
      if (m.find()) return new ServerProcess(p, log, Integer.parseInt(m.group(1)));
      if (!p.isAlive()) throw new IOException("the server exited with " + p.exitValue() + ":\n" + Files.readString(log));
      Thread.sleep(200);
    }
    p.destroyForcibly();
    throw new IOException("the server did not start within " + timeout + ":\n" + Files.readString(log));
  }

  String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** Everything the server printed so far. */
  String log() throws IOException {
    return Files.readString(log, StandardCharsets.UTF_8);
  }

  /** Used heap in KiB right after a full collection: {@code GC.run}, then {@code GC.heap_info}, in one jcmd. */
  long heapAfterGcKib() throws IOException, InterruptedException {
    Path commands = Files.writeString(log.resolveSibling("heap.jcmd"), "GC.run\nGC.heap_info\n");
    Process p = new ProcessBuilder(javaTool("jcmd").toString(), Long.toString(process.pid()), "-f",
        commands.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    Matcher m = HEAP_USED.matcher(out);
    if (p.waitFor() != 0 || !m.find()) throw new IOException("jcmd GC.run, GC.heap_info failed:\n" + out);
    return Long.parseLong(m.group(1));
  }

  /** A tool of the JDK running the tests, so the server runs on the same Java. */
  private static Path javaTool(String name) {
    return Path.of(System.getProperty("java.home"), "bin", name);
  }

  /** Stops the server as Ctrl+C would (its shutdown hook closes the index), forcibly after 30 s. */
  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
  }
}
