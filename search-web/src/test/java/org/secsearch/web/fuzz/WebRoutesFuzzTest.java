package org.secsearch.web.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.SilentCloseable;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.secsearch.web.TestCorpus;
import org.secsearch.web.search.SearchService;
import org.secsearch.web.web.RawHttp;
import org.secsearch.web.web.RawHttp.Reply;
import org.secsearch.web.web.Views;
import org.secsearch.web.web.WebApp;

/**
 * Fuzzes the routes of a running server over {@link TestCorpus} with any parameter names and values, and any
 * document id: whatever arrives, the answer is never a 5xx, and a redirect to the canonical search URL leads to a
 * page, not to another redirect. The first input byte picks the route (its value modulo 6: {@code 0} /search,
 * {@code 1} /api/search, {@code 2} /search.atom, {@code 3} /export.csv, {@code 4} /doc/, {@code 5} /api/doc/); the
 * rest is the query string, made by {@link RawQuery}. On the document routes the rest follows the {@code /doc/}
 * itself, so it is an id, maybe {@code /original}, then from a {@code ?} on the query string.
 */
class WebRoutesFuzzTest {
  static final String[] ROUTES = {"/search", "/api/search", "/search.atom", "/export.csv", "/doc/", "/api/doc/"};
  /** The names Jazzer's network check may see for the test server's address. */
  static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost");

  @TempDir static Path dir;
  static SearchService service;
  static Javalin app;
  static RawHttp http;

  @BeforeAll
  static void start() throws IOException {
    service = TestCorpus.service(dir);
    app = WebApp.create(service, new Views(), WebApp.Options.defaults()).start("127.0.0.1", 0);
    http = new RawHttp(app.port());
  }

  @AfterAll
  static void stop() throws IOException {
    app.stop();
    service.close();
  }

  @FuzzTest
  void noParameterOrIdMakesAServerError(byte[] input) throws IOException {
    if (input.length == 0) return;
    String route = ROUTES[Byte.toUnsignedInt(input[0]) % ROUTES.length];
    String rest = RawQuery.of(input, 1, input.length);
    String target = route.endsWith("/") ? route + rest : route + "?" + rest;
    try (SilentCloseable onlyTheServer = BugDetectors.allowNetworkConnections(
        (host, port) -> LOOPBACK.contains(host) && port == app.port())) {
      Reply r = http.get(target);
      assertThat(r.status()).as(target).isBetween(200, 499);
      if (r.status() == 302 && route.equals("/search")) {
        String canonical = r.header("Location");
        assertThat(canonical).as(target).startsWith("/search");
        assertThat(http.get(canonical).status()).as(canonical).isIn(200, 400);
      }
    }
  }
}
