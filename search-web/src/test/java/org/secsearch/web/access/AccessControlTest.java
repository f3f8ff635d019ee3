package org.secsearch.web.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.secsearch.indexer.index.DocumentIds;
import org.secsearch.web.TestCorpus;
import org.secsearch.web.search.SearchService;
import org.secsearch.web.web.Views;
import org.secsearch.web.web.WebApp;

/** A server with users and a token: everything but /health needs credentials, and only the right ones pass. */
class AccessControlTest {
  static final String TOKEN = "tok-5b7f0c2e9a41d8e3b6c0";
  @TempDir static Path dir;
  static SearchService service;
  static Javalin app;
  static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @BeforeAll
  static void start() throws Exception {
    service = TestCorpus.service(dir);
    Authenticator auth = Authenticator.of(Map.of("alice", PasswordHash.create("correct horse".toCharArray(), 1000),
        "bob", PasswordHash.create("pässwörd:with colon".toCharArray(), 1000)),
        List.of(new BearerToken("token:1", TOKEN)));
    app = WebApp.create(service, new Views(), WebApp.Options.defaults().withAccess(auth, AuditLog.OFF))
        .start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws Exception {
    app.stop();
    service.close();
  }

  static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  static HttpResponse<String> get(String path, String authorization) throws Exception {
    var req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path));
    if (authorization != null) req.header("Authorization", authorization);
    return HTTP.send(req.build(), HttpResponse.BodyHandlers.ofString());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/", "/search", "/search?q=Aktobe", "/api/search?q=x", "/api/stats", "/search.atom",
      "/export.csv", "/doc/0000000000000000", "/static/css/app.css", "/static/js/app.js", "/nothing-here",
      "/api/doc/0000000000000000", "/doc/0000000000000000/original"})
  void everyRouteButHealthNeedsCredentials(String path) throws Exception {
    HttpResponse<String> r = get(path, null);
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"secsearch\"");
    assertThat(r.headers().firstValue("Content-Security-Policy")).isPresent();
    assertThat(r.body()).doesNotContain("Aktobe", "Gunmen", "Terrorism Monitor");
  }

  @Test
  void healthStaysOpenForMonitors() throws Exception {
    HttpResponse<String> r = get("/health", null);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("\"status\":\"ok\"");
  }

  @Test
  void theRightPasswordOrTokenLetsIn() throws Exception {
    String id = DocumentIds.of(TestCorpus.AKTOBE_ATTACK);
    for (String auth : List.of(basic("alice", "correct horse"), basic("bob", "pässwörd:with colon"),
        "Bearer " + TOKEN, "bearer " + TOKEN, "BASIC " + basic("alice", "correct horse").substring(6))) {
      assertThat(get("/search?q=Aktobe", auth).body()).as(auth).contains("Gunmen attack police station");
      assertThat(get("/doc/" + id + "/original", auth).statusCode()).as(auth).isEqualTo(200);
      assertThat(get("/static/css/app.css", auth).statusCode()).as(auth).isEqualTo(200);
    }
    for (int i = 0; i < 20; i++) { // remembered: no PBKDF2 per request
      assertThat(get("/api/search?q=Aktobe", basic("alice", "correct horse")).statusCode()).isEqualTo(200);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Basic YWxpY2U6d3Jvbmc=", "Basic Ym9iOnDDpHNzd8O2cmQ=", "Basic bWFsbG9yeTpjb3JyZWN0IGhvcnNl",
      "Basic YWxpY2U=", "Basic !!!notbase64", "Basic /w==", "Basic ", "Basic", "Bearer tok-5b7f0c2e9a41d8e3b6c",
      "Bearer tok-5b7f0c2e9a41d8e3b6c0x", "Bearer ", "Token tok-5b7f0c2e9a41d8e3b6c0", "Digest username=alice",
      "tok-5b7f0c2e9a41d8e3b6c0", "Basic YWxpY2U6Y29ycmVjdCBob3JzZQ== extra"})
  void wrongOrMalformedCredentialsAre401NotErrors(String authorization) throws Exception {
    HttpResponse<String> r = get("/search?q=Aktobe", authorization);
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.body()).doesNotContain("Gunmen");
  }

  @Test
  void withTokensOnlyTheChallengeIsBearer(@TempDir Path other) throws Exception {
    Authenticator tokensOnly = Authenticator.of(Map.of(), List.of(new BearerToken("token:1", TOKEN)));
    Javalin server = WebApp.create(service, new Views(), WebApp.Options.defaults().withAccess(tokensOnly,
        AuditLog.OFF)).start("127.0.0.1", 0);
    try {
      var r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/search"))
          .header("Authorization", basic("alice", "correct horse")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(401);
      assertThat(r.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"secsearch\"");
    } finally {
      server.stop();
    }
  }
}
