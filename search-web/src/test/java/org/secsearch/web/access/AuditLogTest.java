package org.secsearch.web.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secsearch.indexer.index.DocumentIds;
import org.secsearch.web.TestCorpus;
import org.secsearch.web.search.SearchService;
import org.secsearch.web.web.Views;
import org.secsearch.web.web.WebApp;

/** The audit log of a server with users: one JSON line per search, document, download, feed and export. */
class AuditLogTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String ALICE = AccessControlTest.basic("alice", "s3cret");
  @TempDir static Path dir;
  static SearchService service;
  static Authenticator auth;
  Path file;
  AuditLog log;
  Javalin app;
  final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @BeforeAll
  static void index() throws Exception {
    service = TestCorpus.service(dir);
    auth = Authenticator.of(Map.of("alice", PasswordHash.create("s3cret".toCharArray(), 1000)), List.of());
  }

  @AfterAll
  static void close() throws Exception {
    service.close();
  }

  @BeforeEach
  void start(@TempDir Path logs) throws Exception {
    file = logs.resolve("audit.jsonl");
    log = AuditLog.open(file);
    app = WebApp.create(service, new Views(), WebApp.Options.defaults().withAccess(auth, log)).start("127.0.0.1", 0);
  }

  @AfterEach
  void stop() throws Exception {
    app.stop();
    log.close();
  }

  int get(String path, String authorization) throws Exception {
    var req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
        .header("X-Forwarded-For", "203.0.113.9");
    if (authorization != null) req.header("Authorization", authorization);
    return http.send(req.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  List<JsonNode> lines() throws Exception {
    List<JsonNode> parsed = new ArrayList<>();
    for (String line : Files.readAllLines(file)) parsed.add(JSON.readTree(line));
    return parsed;
  }

  @Test
  void eachUseIsALineWithWhoWhenWhatAndHowMany() throws Exception {
    String id = DocumentIds.of(TestCorpus.AKTOBE_ATTACK);
    Instant before = Instant.now().minusSeconds(1);
    assertThat(get("/search?q=Aktobe&region=Kazakhstan", ALICE)).isEqualTo(200);
    assertThat(get("/search?region=Kazakhstan&q=Aktobe", ALICE)).isEqualTo(302); // not logged: leads to the above
    assertThat(get("/api/search?q=IMU", ALICE)).isEqualTo(200);
    assertThat(get("/doc/" + id + "?q=Aktobe", ALICE)).isEqualTo(200);
    assertThat(get("/doc/" + id + "/original", ALICE)).isEqualTo(200);
    assertThat(get("/api/doc/" + id, ALICE)).isEqualTo(200);
    assertThat(get("/search.atom?q=attack", ALICE)).isEqualTo(200);
    assertThat(get("/export.csv?region=Kazakhstan", ALICE)).isEqualTo(200);
    assertThat(get("/doc/0000000000000000", ALICE)).isEqualTo(404);
    assertThat(get("/search?page=0", ALICE)).isEqualTo(400);
    assertThat(get("/search?q=Aktobe", null)).isEqualTo(401);
    assertThat(get("/health", null)).isEqualTo(200); // not logged
    assertThat(get("/static/css/app.css", ALICE)).isEqualTo(200); // not logged

    List<JsonNode> lines = lines();
    assertThat(lines).extracting(l -> l.get("route").asText() + " " + l.get("status").asInt()).containsExactly(
        "/search 200", "/api/search 200", "/doc/{id} 200", "/doc/{id}/original 200", "/api/doc/{id} 200",
        "/search.atom 200", "/export.csv 200", "/doc/{id} 404", "/search 400", "/search 401");
    JsonNode search = lines.getFirst();
    assertThat(Instant.parse(search.get("time").asText())).isBetween(before, Instant.now());
    assertThat(search.get("time").asText()).endsWith("Z");
    assertThat(search.get("user").asText()).isEqualTo("alice");
    assertThat(search.get("remote").asText()).isEqualTo("127.0.0.1");
    assertThat(search.get("forwardedFor").asText()).isEqualTo("203.0.113.9");
    assertThat(search.get("q").asText()).isEqualTo("Aktobe");
    assertThat(search.get("filters").get("region").get(0).asText()).isEqualTo("Kazakhstan");
    assertThat(search.get("hits").asLong()).isEqualTo(2);
    assertThat(search.get("doc").isNull()).isTrue();
    assertThat(lines.get(1).get("hits").asLong()).isEqualTo(2); // IMU ⇔ Islamic Movement of Uzbekistan
    assertThat(lines.subList(2, 5)).allSatisfy(l -> assertThat(l.get("doc").asText()).isEqualTo(id));
    assertThat(lines.get(6).get("hits").asLong()).isEqualTo(3);
    assertThat(lines.get(7).get("doc").asText()).isEqualTo("0000000000000000");
    assertThat(lines.get(9).get("user").asText()).isEqualTo("-");
  }

  @Test
  void hostileValuesStayOnTheirLineAndRoundTrip() throws Exception {
    String q = "a\"b\\c\nd\r\u0000e\u2028f</script>";
    String encoded = URLEncoder.encode(q, StandardCharsets.UTF_8);
    assertThat(get("/api/search?q=" + encoded + "&org=" + encoded, ALICE)).isEqualTo(200);
    List<String> raw = Files.readAllLines(file);
    assertThat(raw).hasSize(1);
    JsonNode line = JSON.readTree(raw.getFirst());
    assertThat(line.get("q").asText()).isEqualTo(q);
    assertThat(line.get("filters").get("org").get(0).asText()).isEqualTo(q);
  }

  @Test
  void concurrentRequestsEachWriteOneWholeLine() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> done = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        String q = "bulletin+" + i;
        done.add(pool.submit(() -> get("/api/search?q=" + q, ALICE)));
      }
      for (Future<Integer> f : done) assertThat(f.get()).isEqualTo(200);
    } finally {
      pool.shutdown();
    }
    List<JsonNode> lines = lines();
    assertThat(lines).hasSize(200);
    assertThat(lines).extracting(l -> l.get("q").asText()).doesNotHaveDuplicates()
        .allSatisfy(q -> assertThat(q).matches("bulletin \\d+"));
  }

  @Test
  void aLineThatCannotBeWrittenFailsTheRequest() throws Exception {
    log.close(); // as if the disk had gone away
    String id = DocumentIds.of(TestCorpus.AKTOBE_ATTACK);
    assertThat(get("/api/search?q=Aktobe", ALICE)).isEqualTo(500);
    assertThat(get("/search?q=Aktobe", ALICE)).isEqualTo(500);
    var download = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/doc/" + id
        + "/original")).header("Authorization", ALICE).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(download.statusCode()).isEqualTo(500);
    assertThat(download.body()).doesNotContain("On 17 May 2011");
    assertThat(get("/health", null)).isEqualTo(200);
  }

  @Test
  void theLogIsAppendedToAndReadableByItsOwnerOnly() throws Exception {
    assertThat(get("/api/search?q=one", ALICE)).isEqualTo(200);
    app.stop();
    log.close();
    log = AuditLog.open(file); // a restart appends to the same file
    app = WebApp.create(service, new Views(), WebApp.Options.defaults().withAccess(auth, log)).start("127.0.0.1", 0);
    assertThat(get("/api/search?q=two", ALICE)).isEqualTo(200);
    assertThat(lines()).extracting(l -> l.get("q").asText()).containsExactly("one", "two");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
  }
}
