package org.secsearch.web.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.secsearch.indexer.index.DocumentIds;
import org.secsearch.web.TestCorpus;
import org.secsearch.web.search.QueryExpander;
import org.secsearch.web.search.SearchService;

/** Routes and API over the test index: pages, JSON, feed, CSV, downloads, errors, escaping and headers. */
class WebAppTest {
  @TempDir static Path dir;
  static SearchService service;
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void index() throws Exception {
    service = TestCorpus.service(dir);
  }

  @AfterAll
  static void close() throws Exception {
    service.close();
  }

  static Javalin app() {
    return WebApp.create(service, new Views(), WebApp.Options.defaults());
  }

  /** GET that follows the server's redirect to the canonical URL, as a browser would. */
  static Response get(io.javalin.testtools.HttpClient client, String path) {
    Response r = client.get(path);
    if (r.code() != 302) return r;
    return client.get(r.headers().get("Location").getFirst());
  }

  /**
   * The status of a GET sent on a connection of its own. Jetty closes the connection after rejecting a malformed
   * URI; the shared test client would send the next request on it and fail to read any reply (seen in CI).
   */
  static int statusOnItsOwnConnection(io.javalin.testtools.HttpClient client, String path) throws Exception {
    try (var http = java.net.http.HttpClient.newHttpClient()) {
      return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(client.getOrigin() + path)).build(),
          java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
    }
  }

  static String body(Response r) {
    return r.body().string();
  }

  static JsonNode json(Response r) throws Exception {
    return JSON.readTree(body(r));
  }

  @Test
  void theSearchPageListsRankedHitsWithFacetsAndAWordyTitle() {
    JavalinTest.test(app(), (server, client) -> {
      Response r = client.get("/search?q=IMU");
      assertThat(r.code()).isEqualTo(200);
      assertThat(r.headers().get("Content-Type").getFirst()).startsWith("text/html");
      String html = body(r);
      assertThat(html).contains("<title>“IMU” — secsearch</title>", "<h1 id=\"heading\">“IMU”</h1>",
          "2 reports", "Gunmen attack police station in Aktobe", "Militant group issues statement",
          "<mark>IMU</mark>", "name=\"region\" value=\"Kazakhstan\"", "Query syntax", "Copy link");
    });
  }

  @Test
  void aNonCanonicalSearchUrlRedirectsToTheCanonicalOne() {
    var noRedirects = java.net.http.HttpClient.newBuilder().followRedirects(java.net.http.HttpClient.Redirect.NEVER)
        .build();
    JavalinTest.test(app(), (server, client) -> {
      var res = noRedirects.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
          client.getOrigin() + "/search?org=Caucasus+Emirate&q=insurgency&utm=x&page=1")).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(res.statusCode()).isEqualTo(302);
      assertThat(res.headers().firstValue("Location")).hasValue("/search?q=insurgency&org=Caucasus%20Emirate");
      var canonical = noRedirects.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
          client.getOrigin() + "/search?q=insurgency&org=Caucasus%20Emirate")).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(canonical.statusCode()).isEqualTo(200);
      assertThat(canonical.body()).contains("Insurgency in Dagestan");
    });
  }

  @Test
  void theApiReturnsHitsAndFacetsForTheSameParameters() {
    JavalinTest.test(app(), (server, client) -> {
      JsonNode j = json(client.get("/api/search?q=Aktobe&region=Kazakhstan/Aktobe%20Region"));
      assertThat(j.get("total").asInt()).isEqualTo(2);
      assertThat(j.get("page").asInt()).isEqualTo(1);
      JsonNode hit = j.get("hits").get(0);
      assertThat(hit.get("id").asText()).isEqualTo(DocumentIds.of(TestCorpus.AKTOBE_ATTACK));
      assertThat(hit.get("title").asText()).isEqualTo("Gunmen attack police station in Aktobe");
      assertThat(hit.get("date").asText()).isEqualTo("2011-05-17");
      assertThat(hit.get("regions").get(0).asText()).isEqualTo("Kazakhstan/Aktobe Region/Aktobe");
      assertThat(hit.get("organizations").get(0).asText()).isEqualTo("Islamic Movement of Uzbekistan");
      assertThat(hit.get("snippet").asText()).contains("<mark>Aktobe</mark>");
      assertThat(hit.get("url").asText()).startsWith("/doc/" + hit.get("id").asText() + "?q=Aktobe");
      JsonNode region = j.get("facets").get(0);
      assertThat(region.get("dim").asText()).isEqualTo("region");
      JsonNode kz = region.get("values").get(0);
      assertThat(kz.get("path").asText()).isEqualTo("Kazakhstan");
      JsonNode aktobe = kz.get("children").get(0);
      assertThat(aktobe.get("path").asText()).isEqualTo("Kazakhstan/Aktobe Region");
      assertThat(aktobe.get("count").asInt()).isEqualTo(2);
      assertThat(aktobe.get("selected").asBoolean()).isTrue();
      assertThat(j.get("url").asText()).isEqualTo("/search?q=Aktobe&region=Kazakhstan/Aktobe%20Region");
    });
  }

  @ParameterizedTest(name = "/api/search?{0} → 400")
  @ValueSource(strings = {"page=0", "page=x", "page=501", "from=2011-13", "sort=best", "q=*stan", "q=a*",
      "from=2012&to=2010", "q=%28%28%28%28%28%28%28%28%28%28%28x"})
  void badInputIsA400WithAMessage(String qs) {
    JavalinTest.test(app(), (server, client) -> {
      Response api = client.get("/api/search?" + qs);
      assertThat(api.code()).isEqualTo(400);
      assertThat(json(api).get("error").asText()).isNotBlank();
      Response page = get(client, "/search?" + qs);
      assertThat(page.code()).isEqualTo(400);
      assertThat(body(page)).contains("This search could not be run.", "Search not run");
    });
  }

  @Test
  void aVeryLongQueryIsRefusedPolitely() {
    JavalinTest.test(app(), (server, client) -> {
      Response r = get(client, "/search?q=" + "word+".repeat(300));
      assertThat(r.code()).isEqualTo(400);
      assertThat(body(r)).contains("the limit is 1,000");
    });
  }

  @Test
  void aScriptInTheQueryIsEscapedEverywhereItIsEchoed() {
    JavalinTest.test(app(), (server, client) -> {
      String payload = "%3Cscript%3Ealert(1)%3C%2Fscript%3E%22%3E%3Cimg+src%3Dx+onerror%3Dalert(2)%3E";
      for (String path : new String[] {"/search?q=", "/search?q=*"}) {
        String html = body(get(client, path + payload));
        // inside a quoted attribute, '>' is harmless; what matters is that no tag or attribute can start
        assertThat(html).doesNotContain("<script>alert(1)", "<img src=x", "\"><img")
            .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
      }
      assertThat(body(get(client, "/search?org=" + payload))).doesNotContain("<script>alert(1)")
          .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    });
  }

  @Test
  void aScriptInADocumentTitleAndBodyIsShownAsText() {
    JavalinTest.test(app(), (server, client) -> {
      String list = body(client.get("/search?q=bold"));
      assertThat(list).doesNotContain("<script>alert('title')", "<b>bold", "<img src=x")
          .contains("&lt;script&gt;alert('title')&lt;/script&gt; Weekly review")
          .contains("&lt;b&gt;<mark>bold</mark>&lt;/b&gt;");
      String doc = body(client.get("/doc/" + DocumentIds.of("script.txt") + "?q=bold"));
      assertThat(doc).doesNotContain("<script>alert('title')", "<b>bold", "<img src=x", "<i>Review")
          .contains("<mark id=\"hit-1\" tabindex=\"-1\">bold</mark>", "Weekly &lt;i&gt;Review&lt;/i&gt;");
    });
  }

  @Test
  void theDocumentPageShowsMetadataFacetLinksAndNumberedHits() {
    JavalinTest.test(app(), (server, client) -> {
      String id = DocumentIds.of(TestCorpus.AKTOBE_ATTACK);
      String html = body(client.get("/doc/" + id + "?q=Aktobe&region=Kazakhstan"));
      assertThat(html).contains("<h1>Gunmen attack police station in Aktobe</h1>", "17 May 2011",
          "2 matches for “Aktobe”", "id=\"hit-1\"", "id=\"hit-2\"", "Download original",
          "href=\"/search?region=Kazakhstan/Aktobe%20Region/Aktobe\"",
          "href=\"/search?org=Islamic%20Movement%20of%20Uzbekistan\"",
          "href=\"/search?q=Aktobe&amp;region=Kazakhstan\"");
      JsonNode api = json(client.get("/api/doc/" + id));
      assertThat(api.get("title").asText()).isEqualTo("Gunmen attack police station in Aktobe");
      assertThat(api.get("facets").get("region").get(0).asText()).isEqualTo("Kazakhstan/Aktobe Region/Aktobe");
      assertThat(api.get("text").asText()).startsWith("On 17 May 2011");
    });
  }

  @Test
  void theOriginalIsADownloadFoundByIdOnly() {
    JavalinTest.test(app(), (server, client) -> {
      Response r = client.get("/doc/" + DocumentIds.of(TestCorpus.AKTOBE_ATTACK) + "/original");
      assertThat(r.code()).isEqualTo(200);
      assertThat(r.headers().get("Content-Disposition").getFirst()).startsWith("attachment; filename=\"aktobe-attack.txt\"");
      assertThat(r.headers().get("Content-Type").getFirst()).isEqualTo("application/octet-stream");
      assertThat(r.headers().get("X-Content-Type-Options").getFirst()).isEqualTo("nosniff");
      assertThat(body(r)).startsWith("On 17 May 2011");
      for (String bad : new String[] {"..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e%2fetc", "..%5c..%5cwin.ini",
          "%252f", "ffffffffffffffff", "AKTOBE", "x%00"}) {
        assertThat(statusOnItsOwnConnection(client, "/doc/" + bad + "/original")).as(bad).isIn(400, 404);
      }
      assertThat(statusOnItsOwnConnection(client, "/doc/../../etc/passwd")).isIn(400, 404);
    });
  }

  @Test
  void theAtomFeedListsTheSearchNewestFirst() {
    JavalinTest.test(app(), (server, client) -> {
      Response r = client.get("/search.atom?q=attack+OR+court");
      assertThat(r.headers().get("Content-Type").getFirst()).startsWith("application/atom+xml");
      var xml = DocumentBuilderFactory.newInstance();
      xml.setNamespaceAware(true);
      var doc = xml.newDocumentBuilder().parse(new ByteArrayInputStream(body(r).getBytes(StandardCharsets.UTF_8)));
      var titles = doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title");
      assertThat(titles.item(0).getTextContent()).isEqualTo("secsearch: “attack OR court”");
      assertThat(titles.item(1).getTextContent()).isEqualTo("Insurgency in Dagestan"); // 2012-03
      assertThat(titles.item(2).getTextContent()).isEqualTo("Court hearing in western Kazakhstan"); // 2012-02
      var ids = doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "id");
      assertThat(ids.item(1).getTextContent()).isEqualTo("urn:secsearch:doc:" + DocumentIds.of("dagestan.txt"));
    });
  }

  @Test
  void theCsvExportHoldsTheFilteredResultSet() {
    JavalinTest.test(app(), (server, client) -> {
      Response r = client.get("/export.csv?region=Kazakhstan&sort=oldest");
      assertThat(r.headers().get("Content-Disposition").getFirst()).contains("attachment");
      String[] lines = body(r).split("\r\n");
      assertThat(lines[0]).isEqualTo(CsvExport.HEADER);
      assertThat(lines).hasSize(4);
      assertThat(lines[1]).startsWith(DocumentIds.of(TestCorpus.AKTOBE_ATTACK) + ",Gunmen attack police station in Aktobe,2011-05-17,Terrorism Monitor,Kazakhstan/Aktobe Region/Aktobe,Islamic Movement of Uzbekistan,Plain text,http://");
    });
  }

  @Test
  void healthAndStatsDescribeTheIndex() {
    JavalinTest.test(app(), (server, client) -> {
      JsonNode health = json(client.get("/health"));
      assertThat(health.get("status").asText()).isEqualTo("ok");
      assertThat(health.get("index").asText()).isEqualTo("ready");
      assertThat(health.get("documents").asInt()).isEqualTo(52);
      JsonNode stats = json(client.get("/api/stats"));
      assertThat(stats.get("documents").asInt()).isEqualTo(52);
      assertThat(stats.get("facets").get("region").get(0).get("value").asText()).isEqualTo("Kyrgyzstan");
    });
  }

  @Test
  void unknownPagesAndDocumentsAre404s() {
    JavalinTest.test(app(), (server, client) -> {
      assertThat(client.get("/nothing-here").code()).isEqualTo(404);
      assertThat(body(client.get("/nothing-here"))).contains("Not found");
      assertThat(client.get("/doc/0000000000000000").code()).isEqualTo(404);
      Response api = client.get("/api/doc/0000000000000000");
      assertThat(api.code()).isEqualTo(404);
      assertThat(json(api).get("error").asText()).isEqualTo("not found");
    });
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/search", "/search?page=0", "/nothing-here", "/api/search?page=0", "/health",
      "/static/css/app.css", "/search.atom", "/doc/0000000000000000"})
  void everyResponseCarriesTheSecurityHeaders(String path) {
    JavalinTest.test(app(), (server, client) -> {
      Response r = client.get(path);
      assertThat(r.headers().get("Content-Security-Policy").getFirst()).isEqualTo(SecurityHeaders.CSP)
          .contains("script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline");
      assertThat(r.headers().get("X-Content-Type-Options").getFirst()).isEqualTo("nosniff");
      assertThat(r.headers().get("Referrer-Policy").getFirst()).isEqualTo("no-referrer");
    });
  }

  @Test
  void pagesHaveNoInlineScriptsOrStyles() {
    JavalinTest.test(app(), (server, client) -> {
      for (String path : new String[] {"/search?q=Aktobe", "/doc/" + DocumentIds.of(TestCorpus.AKTOBE_ATTACK) + "?q=x",
          "/nothing"}) {
        String html = body(client.get(path));
        assertThat(html).doesNotContainPattern("<script(?![^>]*\\bsrc=)").doesNotContainPattern("\\son[a-z]+=")
            .doesNotContain("style=");
      }
    });
  }

  @Test
  void withoutAnIndexThePageSaysSoInsteadOfFailing(@TempDir Path empty) throws Exception {
    try (SearchService none = new SearchService(empty.resolve("index"), null, QueryExpander.NONE, 60_000)) {
      JavalinTest.test(WebApp.create(none, new Views(), WebApp.Options.defaults()), (server, client) -> {
        Response r = client.get("/search?q=anything");
        assertThat(r.code()).isEqualTo(200);
        assertThat(body(r)).contains("There is no index to search yet.");
        assertThat(json(client.get("/health")).get("index").asText()).isEqualTo("missing");
        assertThat(json(client.get("/api/search?q=x")).get("total").asInt()).isZero();
      });
    }
  }

  /** Templates escape everything; a template that opts out with $unsafe fails here (and in review). */
  @Test
  void noTemplatePrintsUnescapedOutput() throws Exception {
    try (var files = java.nio.file.Files.walk(Path.of("src/main/jte"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".jte")).toList()) {
        assertThat(java.nio.file.Files.readString(f)).as(f.toString()).doesNotContain("$unsafe", "@raw");
      }
    }
  }
}
