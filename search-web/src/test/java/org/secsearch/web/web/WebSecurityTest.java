package org.secsearch.web.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.secsearch.indexer.schema.IndexSchema;
import org.secsearch.web.TestCorpus;
import org.secsearch.web.search.QueryExpander;
import org.secsearch.web.search.SearchService;
import org.secsearch.web.web.RawHttp.Reply;

/**
 * Attacks on a running server over {@link HostileCorpus}: stored and reflected XSS on every page and feed, CSV
 * formula injection, path traversal on documents, downloads and static files, security headers on every kind of
 * response, and oversized requests. Requests go over a raw socket, so nothing is normalised on the way.
 */
class WebSecurityTest {
  @TempDir static Path dir;
  static SearchService service;
  static Javalin app;
  static RawHttp http;
  static final ObjectMapper JSON = new ObjectMapper();

  /** Raw markup from the hostile reports and queries; none may reach an HTML page or a feed unescaped. */
  static final List<String> RAW = List.of("<script>alert", "<img src=x", "<svg onload", "<b>v</b>",
      "\"><i>", "</textarea>", "<en>");
  /** A javascript: URL in an attribute of a real tag (in escaped text, {@code <} never starts a tag). */
  static final Pattern SCRIPT_URL = Pattern.compile("(?i)<[a-z][^<>]*\\s(href|src|action|formaction|xlink:href)"
      + "\\s*=\\s*[\"']?\\s*javascript:");
  static final Pattern FOREIGN_SCRIPT = Pattern.compile("(?i)<script(?!\\s+src=\"/static/js/app\\.js\")");
  static final String QUERY_XSS = "\"><script>alert(12)</script> javascript:alert(13) </title>";

  @BeforeAll
  static void start() throws Exception {
    service = HostileCorpus.service(dir);
    app = WebApp.create(service, new Views(), WebApp.Options.defaults()).start("127.0.0.1", 0);
    http = new RawHttp(app.port());
  }

  @AfterAll
  static void stop() throws Exception {
    app.stop();
    service.close();
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** Follows one redirect to the canonical URL, as a browser would. */
  static Reply get(String target) throws Exception {
    Reply r = http.get(target);
    return r.status() == 302 ? http.get(r.header("Location")) : r;
  }

  static void assertNoRawMarkup(String what, String body) {
    assertThat(body).as(what).doesNotContain(RAW.toArray(String[]::new))
        .doesNotContainPattern(SCRIPT_URL).doesNotContainPattern(FOREIGN_SCRIPT);
  }

  static List<String> htmlPages() {
    String xss = HostileCorpus.id(HostileCorpus.XSS_FILE);
    return List.of("/search?q=" + HostileCorpus.WORD,
        "/search?q=" + HostileCorpus.WORD + "&org=" + enc(HostileCorpus.XSS_ORG),
        "/search?region=" + enc(HostileCorpus.XSS_REGION), "/search?source=" + enc(HostileCorpus.XSS_SOURCE),
        "/search?q=" + enc(QUERY_XSS), "/search?q=" + enc("*" + QUERY_XSS), "/search?page=" + enc(QUERY_XSS),
        "/search?from=" + enc(QUERY_XSS), "/search?sort=" + enc(QUERY_XSS), "/search?" + enc(QUERY_XSS) + "=1",
        "/search?xorg=" + enc(QUERY_XSS), "/doc/" + xss, "/doc/" + xss + "?q=" + HostileCorpus.WORD,
        "/doc/" + xss + "?q=" + enc(QUERY_XSS), "/doc/" + enc(QUERY_XSS), "/" + enc(QUERY_XSS),
        "/static/" + enc(QUERY_XSS));
  }

  @Test
  void noHtmlPageEchoesMarkupFromTheIndexOrTheRequest() throws Exception {
    for (String page : htmlPages()) {
      Reply r = get(page);
      assertThat(r.status()).as(page).isIn(200, 400, 404);
      assertThat(r.header("Content-Type")).as(page).startsWith("text/html");
      assertNoRawMarkup(page, r.body());
    }
  }

  @Test
  void theHostileFieldsAreShownAsText() throws Exception {
    String list = get("/search?q=" + HostileCorpus.WORD).body();
    assertThat(list).contains("&lt;/title&gt;&lt;script&gt;alert(2)&lt;/script&gt;", // title
        "&lt;script&gt;alert(1)&lt;/script&gt;", // text, in the snippet
        "&lt;img src=x onerror=alert(4)&gt; Front", // organization facet value
        "&lt;svg onload=alert(5)&gt;", // region facet value
        "&lt;svg onload=alert(6)&gt;"); // publication
    String doc = get("/doc/" + HostileCorpus.id(HostileCorpus.XSS_FILE) + "?q=" + HostileCorpus.WORD).body();
    assertThat(doc).contains("<title>&lt;/title&gt;&lt;script&gt;alert(2)&lt;/script&gt;", // title in <title>
        "&lt;img src=x onerror=alert(3)&gt;.txt", // file name
        "&lt;a href=\"javascript:alert(1)\"&gt;click&lt;/a&gt;", // text
        "&lt;script&gt;alert(10)&lt;/script&gt;"); // cited source
    String echoed = get("/search?q=" + enc(QUERY_XSS)).body();
    assertThat(echoed).contains("&gt;&lt;script&gt;alert(12)&lt;/script&gt;");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/search.atom?q=" + HostileCorpus.WORD, "/search.atom?region=Kazakhstan",
      "/search.atom?q=%22%3E%3Cscript%3Ealert(12)%3C%2Fscript%3E%5D%5D%3E"})
  void theAtomFeedEscapesEveryFieldOnce(String feed) throws Exception {
    Reply r = get(feed);
    assertThat(r.status()).isEqualTo(200);
    assertNoRawMarkup(feed, r.body());
    var xml = DocumentBuilderFactory.newInstance();
    xml.setNamespaceAware(true);
    var doc = xml.newDocumentBuilder().parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
    var summaries = doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "summary");
    for (int i = 0; i < summaries.getLength(); i++) { // type="html": once decoded, it is HTML a reader renders
      assertNoRawMarkup(feed + " summary", summaries.item(i).getTextContent());
    }
    if (feed.endsWith(HostileCorpus.WORD)) {
      var titles = doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title");
      List<String> values = new ArrayList<>();
      for (int i = 0; i < titles.getLength(); i++) values.add(titles.item(i).getTextContent());
      assertThat(values).contains(HostileCorpus.XSS_TITLE); // type text: readers show it as text
    }
  }

  @Test
  void theJsonApiEscapesMarkupAndRoundTripsTheValues() throws Exception {
    for (String api : List.of("/api/search?q=" + HostileCorpus.WORD, "/api/search?q=" + enc(QUERY_XSS),
        "/api/search?page=" + enc(QUERY_XSS), "/api/doc/" + HostileCorpus.id(HostileCorpus.XSS_FILE),
        "/api/doc/" + enc(QUERY_XSS), "/api/" + enc(QUERY_XSS))) {
      Reply r = http.get(api);
      assertThat(r.header("Content-Type")).as(api).startsWith("application/json");
      assertThat(r.body()).as(api).doesNotContain("<", ">");
      JSON.readTree(r.body());
    }
    JsonNode doc = JSON.readTree(http.get("/api/doc/" + HostileCorpus.id(HostileCorpus.XSS_FILE)).body());
    assertThat(doc.get("title").asText()).isEqualTo(HostileCorpus.XSS_TITLE);
    assertThat(doc.get("text").asText()).isEqualTo(HostileCorpus.XSS_TEXT);
    JsonNode hits = JSON.readTree(http.get("/api/search?q=" + HostileCorpus.WORD).body()).get("hits");
    for (JsonNode hit : hits) assertNoRawMarkup("snippet", hit.get("snippet").asText()); // snippets are HTML
  }

  @Test
  void csvCellsThatASpreadsheetWouldRunAreNeutralised() throws Exception {
    Reply r = http.get("/export.csv?q=" + HostileCorpus.WORD);
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("Content-Type")).startsWith("text/csv");
    assertThat(r.header("Content-Disposition")).startsWith("attachment");
    List<List<String>> rows = Csv.parse(r.body());
    assertThat(rows).hasSize(4);
    for (List<String> row : rows) {
      assertThat(row).hasSize(8);
      for (String cell : row) assertThat(cell).as("cell %s", cell).doesNotMatch("(?s)[=+\\-@\t\r].*");
    }
    String formula = HostileCorpus.id(HostileCorpus.FORMULA_FILE);
    List<String> row = rows.stream().filter(x -> x.getFirst().equals(formula)).findFirst().orElseThrow();
    assertThat(row.subList(1, 6)).containsExactly("'=HYPERLINK(\"http://evil.example/\",\"x\")", "2015-06-01",
        "'+1+1", "'@SUM(A1:A9)", "'-2+3+cmd|' /C calc'!A0; \tTabbed Group; \r=1+1");
    for (String lead : List.of("=", "+", "-", "@", "\t", "\r", "\n")) {
      assertThat(CsvExport.cell(lead + "1+1")).as("%s", lead).matches("\"?'" + Pattern.quote(lead) + "1\\+1\"?");
    }
  }

  @Test
  void storedPathsLeadingOutOfTheCorpusAreNotServed() throws Exception {
    for (String path : List.of(HostileCorpus.DOTDOT_FILE, HostileCorpus.SYMLINK_FILE)) {
      String id = HostileCorpus.id(path);
      assertThat(get("/doc/" + id).status()).as(path).isEqualTo(200); // the text is indexed and shown
      Reply download = http.get("/doc/" + id + "/original");
      assertThat(download.status()).as(path).isEqualTo(404);
      assertThat(download.body()).doesNotContain(HostileCorpus.SECRET);
    }
  }

  @Test
  void aHostileFileNameIsADownloadWithASafeName() throws Exception {
    Reply r = http.get("/doc/" + HostileCorpus.id(HostileCorpus.XSS_FILE) + "/original");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("Content-Type")).isEqualTo("application/octet-stream");
    assertThat(r.header("Content-Disposition")).isEqualTo("attachment; filename=\"___img_src_x_onerror_alert_3__.txt\";"
        + " filename*=UTF-8''%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert%283%29%3E.txt");
    assertThat(r.body()).isEqualTo(HostileCorpus.XSS_TEXT);
  }

  static List<String> traversalProbes() {
    List<String> probes = new ArrayList<>();
    for (String target : List.of("etc/passwd", "secret.txt", "pom.xml", "org/secsearch/web/SearchWebCli.class",
        "META-INF/MANIFEST.MF")) {
      for (String[] step : new String[][] {{"../", "/"}, {"..%2F", "%2F"}, {"..%2f", "%2f"}, {"%2e%2e/", "/"},
          {"%2e%2e%2f", "%2f"}, {".%2e/", "/"}, {"..%252f", "%252f"}, {"%252e%252e%252f", "%252f"}, {"..\\", "\\"},
          {"..%5c", "%5c"}, {"..%255c", "%255c"}, {"%c0%ae%c0%ae/", "/"}, {"....//", "/"}, {"..;/", "/"}}) {
        String path = step[0].repeat(8) + target.replace("/", step[1]);
        for (String route : List.of("/doc/", "/static/", "/static/css/", "/", "/api/doc/")) {
          probes.add(route + path);
          if (route.equals("/doc/")) probes.add(route + path + "/original");
        }
      }
      probes.add("/static//" + target);
      probes.add("/static/%2F" + target.replace("/", "%2F"));
      probes.add("/doc/%2F" + target.replace("/", "%2F") + "/original");
    }
    probes.addAll(List.of("/static/css/app.css%00.txt", "/static/css/app.css%00", "/doc/x%00/original",
        "/doc/%00/original", "/static/%00", "/static/..", "/static/.", "/static/%2e%2e", "/static/C:%5cWindows%5cwin.ini",
        "/static/C:\\Windows\\win.ini", "/static/file:///etc/passwd", "/static/\\\\server\\share", "/doc//etc/passwd",
        "/doc/" + "/original", "/static/css/../../../secret.txt", "/static/../public/css/app.css",
        "/static/%2e%2e/public/css/app.css", "/doc/" + HostileCorpus.id(HostileCorpus.XSS_FILE) + "/original/..",
        "/doc/" + HostileCorpus.id(HostileCorpus.XSS_FILE) + "%2F..%2F..%2Fsecret.txt/original",
        "//etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/static/WEB-INF/web.xml", "/static/js/../../../../../../etc/passwd"));
    return probes;
  }

  @Test
  void traversalProbesNeverServeAFileOrFail() throws Exception {
    List<String> failures = new ArrayList<>();
    List<String> probes = traversalProbes();
    for (String probe : probes) {
      Reply r = http.get(probe);
      boolean leaked = Pattern.compile(Pattern.quote(HostileCorpus.SECRET) + "|root:x:0:0|<artifactId>|Main-Class|"
          + "SearchWebCli").matcher(r.body()).find();
      if (r.status() < 300 || r.status() >= 500 || leaked || r.header("Content-Security-Policy") == null) {
        failures.add(r.status() + (leaked ? " LEAKED " : " ") + probe + " csp=" + r.header("Content-Security-Policy"));
      }
    }
    assertThat(failures).as("of %d probes", probes.size()).isEmpty();
    assertThat(probes).hasSizeGreaterThan(400);
  }

  static void assertSecurityHeaders(String what, Reply r) {
    assertThat(r.header("Content-Security-Policy")).as(what).isEqualTo(SecurityHeaders.CSP)
        .contains("script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline");
    assertThat(r.header("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
    assertThat(r.header("Referrer-Policy")).as(what).isEqualTo("no-referrer");
    assertThat(r.header("X-Frame-Options")).as(what).isEqualTo("DENY");
  }

  @Test
  void everyKindOfResponseCarriesTheSecurityHeaders() throws Exception {
    String xss = HostileCorpus.id(HostileCorpus.XSS_FILE);
    record Probe(String method, String target, int status) {}
    for (Probe p : List.of(new Probe("GET", "/search?q=" + HostileCorpus.WORD, 200), new Probe("GET", "/", 302),
        new Probe("GET", "/search?q=a&utm=x", 302), new Probe("GET", "/search?page=0", 400),
        new Probe("GET", "/api/search?page=0", 400), new Probe("GET", "/nothing", 404),
        new Probe("GET", "/doc/0000000000000000", 404), new Probe("POST", "/search", 404),
        new Probe("DELETE", "/doc/" + xss, 404), new Probe("GET", "/static/css/app.css", 200),
        new Probe("GET", "/static/js/app.js", 200), new Probe("GET", "/static/nothing.css", 404),
        new Probe("GET", "/doc/" + xss + "/original", 200), new Probe("GET", "/search.atom", 200),
        new Probe("GET", "/export.csv", 200), new Probe("GET", "/api/search", 200), new Probe("GET", "/health", 200),
        new Probe("HEAD", "/search", 200), new Probe("OPTIONS", "/search", 404),
        new Probe("GET", "/doc/" + xss + ";%0", 400), new Probe("GET", "/api/doc/x;a=%ZZ/original", 400))) {
      Reply r = http.send(p.method(), p.target());
      assertThat(r.status()).as(p.toString()).isEqualTo(p.status());
      assertSecurityHeaders(p.toString(), r);
    }
  }

  /** An index whose taxonomy belongs to another index: facet counting fails inside Lucene on every search. */
  @Test
  void aFailingRequestIsA500WithTheHeadersAndNoDetails(@TempDir Path other) throws Exception {
    Path index = other.resolve("index"), stray = other.resolve("stray");
    HostileCorpus.service(other).close();
    TestCorpus.write(stray, null, List.of(TestCorpus.report("one.txt", "One",
        "one", null, List.of(), List.of(), null)));
    Path taxonomy = index.resolve(IndexSchema.TAXONOMY_DIR);
    try (var files = Files.list(taxonomy)) {
      for (Path f : files.toList()) Files.delete(f);
    }
    try (var files = Files.list(stray.resolve(IndexSchema.TAXONOMY_DIR))) {
      for (Path f : files.toList()) Files.copy(f, taxonomy.resolve(f.getFileName()));
    }
    SearchService mismatched = new SearchService(index, null, QueryExpander.NONE, 60_000);
    Javalin broken = WebApp.create(mismatched, new Views(), WebApp.Options.defaults()).start("127.0.0.1", 0);
    try {
      RawHttp raw = new RawHttp(broken.port());
      for (String target : List.of("/search?q=" + HostileCorpus.WORD, "/api/search?q=" + HostileCorpus.WORD)) {
        Reply r = raw.get(target);
        assertThat(r.status()).as(target).isEqualTo(500);
        assertSecurityHeaders(target, r);
        assertThat(r.body()).doesNotContain("Exception", "at org.");
      }
    } finally {
      broken.stop();
      mismatched.close();
    }
  }

  @Test
  void oversizedRequestsAre4xxNot5xx() throws Exception {
    List<Reply> replies = List.of(http.get("/search?q=" + "a".repeat(20_000)),
        http.get("/search?q=" + "a".repeat(200_000)), http.get("/search", "X-Big: " + "b".repeat(64 * 1024)),
        http.get("/search", "Cookie: " + "c=1; ".repeat(20_000)),
        http.get("/search", manyHeaders(2_000)), http.get("/" + "x/".repeat(10_000)));
    for (Reply r : replies) {
      assertThat(r.status()).isIn(400, 414, 431);
      assertSecurityHeaders("oversized " + r.status(), r);
      assertThat(r.body()).doesNotContain("Exception", "at org.");
    }
    assertThat(replies.get(0).status()).isEqualTo(414);
    assertThat(replies.get(2).status()).isEqualTo(431);
    assertThat(http.get("/search?q=" + HostileCorpus.WORD).status()).isEqualTo(200); // still serving
  }

  private static String manyHeaders(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) sb.append(i == 0 ? "" : "\r\n").append("X-H").append(i).append(": v");
    return sb.toString();
  }
}
