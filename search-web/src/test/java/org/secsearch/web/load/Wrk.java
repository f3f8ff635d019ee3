package org.secsearch.web.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code wrk} load generator (Debian package {@code wrk}) driven with {@code mix.lua}: one run per time slice,
 * its result read from the line the script's {@code done()} prints.
 */
final class Wrk {
  /** One slice: what wrk counted, latencies in microseconds; {@code output} is wrk's whole report. */
  record Slice(long requests, long durationMicros, long non2xx3xx, long socketErrors, long p50Micros,
      long p90Micros, long p99Micros, long maxMicros, String output) {
    double requestsPerSecond() {
      return requests * 1e6 / durationMicros;
    }
  }

  private static final Pattern RESULT = Pattern.compile("wrk-result ((?:\\w+=\\d+ ?)+)");

  private final Path binary;
  private final Path script;
  private final Path mix;
  private final String baseUrl;
  private final int threads;
  private final int connections;

  /**
   * @param mix request paths, one a line
   * @param baseUrl {@code http://127.0.0.1:PORT}
   */
  Wrk(Path binary, Path workDir, Path mix, String baseUrl, int threads, int connections) throws IOException {
    this.binary = binary;
    this.script = workDir.resolve("mix.lua");
    try (InputStream in = Wrk.class.getResourceAsStream("mix.lua")) {
      Files.write(script, in.readAllBytes());
    }
    this.mix = mix;
    this.baseUrl = baseUrl;
    this.threads = threads;
    this.connections = connections;
  }

  /** The wrk on the PATH, if any. */
  static Optional<Path> find() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      Path candidate = Path.of(dir.isEmpty() ? "." : dir, "wrk");
      if (Files.isExecutable(candidate)) return Optional.of(candidate);
    }
    return Optional.empty();
  }

  Slice run(int seconds) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(binary.toString(), "-t" + threads, "-c" + connections,
        "-d" + seconds + "s", "--timeout", "10s", "--latency", "-s", script.toString(), baseUrl, "--",
        mix.toString()));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = p.waitFor();
    Matcher m = RESULT.matcher(output);
    if (exit != 0 || !m.find()) throw new IOException("wrk exited with " + exit + ":\n" + output);
    Map<String, Long> v = new TreeMap<>();
    for (String pair : m.group(1).trim().split(" ")) {
      String[] kv = pair.split("=");
      v.put(kv[0], Long.parseLong(kv[1]));
    }
    return new Slice(v.get("requests"), v.get("duration_us"), v.get("non_2xx_3xx"),
        v.get("connect") + v.get("read") + v.get("write") + v.get("timeout"), v.get("p50_us"), v.get("p90_us"),
        v.get("p99_us"), v.get("max_us"), output);
  }
}
