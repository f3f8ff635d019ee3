package org.secsearch.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Our real server in a child JVM, started as {@code run.sh} starts it ({@code serve}, serial GC, fixed heap cap) on
 * 127.0.0.1 and a free port, with its output in a log file; stopped by its process id. Reads the server's heap in
 * use after a full collection with {@code jcmd}.
 */
public final class ServerProcess implements AutoCloseable {
  private static final Pattern URL = Pattern.compile("open http://127\\.0\\.0\\.1:(\\d+)/search");
  private static final Pattern USED = Pattern.compile("used (\\d+)K");
  private static final long START_TIMEOUT_MILLIS = 180_000;

  private final Process process;
  private final int port;

  private ServerProcess(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /** Starts the server over {@code indexDir} and waits until it prints its URL; {@code heap} is e.g. "1g". */
  public static ServerProcess start(Path indexDir, String heap, Path log) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(javaTool("java"), "-XX:+UseSerialGC", "-Xmx" + heap,
        "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
        "org.secsearch.web.SearchWebCli", "serve", "--index", indexDir.toString(), "--port", "0",
        "--bind", "127.0.0.1"));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
    try {
      while (System.currentTimeMillis() < deadline) {
        Matcher m = URL.matcher(Files.readString(log, StandardCharsets.UTF_8));
        if (m.find()) return new ServerProcess(p, Integer.parseInt(m.group(1)));
        if (!p.isAlive()) throw new IOException("the server exited with " + p.exitValue() + "; see " + log);
        Thread.sleep(100);
      }
      throw new IOException("the server did not start within " + START_TIMEOUT_MILLIS / 1000 + " s; see " + log);
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

  /** Heap in use after a full collection, in MB: {@code jcmd PID GC.run}, then the "used" of each generation. */
  public double heapAfterGcMb() throws IOException, InterruptedException {
    jcmd("GC.run");
    long usedK = 0;
    for (String line : jcmd("GC.heap_info").split("\n")) {
      if (!line.contains("total")) continue; // a generation ("DefNew", "Tenured") or the G1 heap; not Metaspace
      Matcher m = USED.matcher(line);
      if (m.find()) usedK += Long.parseLong(m.group(1));
    }
    if (usedK == 0) throw new IOException("jcmd GC.heap_info reported no heap use for " + pid());
    return usedK / 1024.0;
  }

  private String jcmd(String command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(javaTool("jcmd"), Long.toString(pid()), command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException("jcmd " + command + " failed: " + out.strip());
    }
    return out;
  }

  /** A tool of the JDK running this JVM. */
  private static String javaTool(String name) {
    return Path.of(System.getProperty("java.home"), "bin", name).toString();
  }

  @Override
  public void close() throws InterruptedException {
    stop(process);
  }

  private static void stop(Process p) throws InterruptedException {
    p.destroy(); // SIGTERM: the server's shutdown hook stops Javalin and closes the index
    if (!p.waitFor(30, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      p.waitFor(10, TimeUnit.SECONDS);
    }
  }
}
