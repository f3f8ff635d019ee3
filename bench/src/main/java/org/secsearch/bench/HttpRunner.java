package org.secsearch.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.secsearch.web.ServerProcess;

/**
 * Measures our search as users meet it: the real server in its own JVM, the mix sent as {@code GET /search?...}
 * (the HTML page) over loopback with {@link HttpClient}; anything but a 200 with a body counts as an error.
 */
public final class HttpRunner {
  static final String NOTES = "GET /search (HTML page: 20 highlighted hits, all facets, DrillSideways), "
      + "server JVM -XX:+UseSerialGC -Xmx%s as run.sh, HTTP/1.1 keep-alive over loopback";

  private HttpRunner() {}

  /** Starts the server, runs the mix once per client count, and reads the server heap after each run. */
  public static List<BenchResult> run(Path indexDir, MixDriver driver, List<Integer> clientCounts, String heap,
      Path log) throws Exception {
    List<BenchResult> out = new ArrayList<>();
    List<String> launch = List.of("-XX:+UseSerialGC", "-Xmx" + heap, "--enable-native-access=ALL-UNNAMED", "-cp",
        System.getProperty("java.class.path"), "org.secsearch.web.SearchWebCli");
    List<String> serve = List.of("--index", indexDir.toString(), "--bind", "127.0.0.1");
    try (ServerProcess server = ServerProcess.start(launch, serve, log, Duration.ofMinutes(3))) {
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10)).build();
      int docs = documents(http, server);
      MixDriver.Client client = q -> get(http, server.baseUrl() + WebSearches.path(q));
      for (int clients : clientCounts) {
        Latencies l = driver.run(i -> client, clients);
        String notes = String.format(NOTES, heap);
        Double heapMb = null;
        try {
          heapMb = server.heapAfterGcKib() / 1024.0;
        } catch (IOException e) { // the latencies are still worth recording
          notes += "; server heap unknown: " + e.getMessage();
        }
        out.add(BenchResult.of("secsearch", "http", clients, docs, driver, l, heapMb, notes));
      }
    }
    return out;
  }

  private static String get(HttpClient http, String url) throws Exception {
    HttpRequest req = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build();
    HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200 || r.body().isEmpty()) {
      throw new IllegalStateException("HTTP " + r.statusCode() + " for " + url);
    }
    return r.body();
  }

  /** The server's document count, from {@code /health}. */
  private static int documents(HttpClient http, ServerProcess server) throws Exception {
    String health = get(http, server.baseUrl() + "/health");
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"documents\"\\s*:\\s*(\\d+)").matcher(health);
    if (!m.find()) throw new IllegalStateException("unexpected /health answer: " + health);
    return Integer.parseInt(m.group(1));
  }
}
