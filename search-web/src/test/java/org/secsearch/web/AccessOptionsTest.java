package org.secsearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.secsearch.web.access.UsersFile;
import picocli.CommandLine;

/** {@code serve --bind/--users/--token-file/--audit-log} and {@code hash-password}, as a user runs them. */
class AccessOptionsTest {
  @TempDir Path dir;

  /** What a command printed on stdout and stderr, and its exit code. */
  record Run(int code, String out, String err) {}

  static Run run(Callable<Integer> command, String... args) {
    PrintStream out = System.out, err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
    System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
    StringWriter picoOut = new StringWriter(), picoErr = new StringWriter();
    try {
      int code = new CommandLine(command).setOut(new PrintWriter(picoOut, true)).setErr(new PrintWriter(picoErr, true))
          .execute(args);
      return new Run(code, o.toString(StandardCharsets.UTF_8) + picoOut, e.toString(StandardCharsets.UTF_8) + picoErr);
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  String hashLine(String user, String stdin) {
    HashPasswordCommand hash = new HashPasswordCommand();
    hash.in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
    Run r = run(hash, user, "--iterations", "1000");
    assertThat(r.code()).as(r.err()).isZero();
    return r.out().strip();
  }

  @ParameterizedTest(name = "--bind {0}")
  @ValueSource(strings = {"0.0.0.0", "::", "[::]"})
  void aNonLoopbackBindWithoutAuthenticationIsRefusedBeforeIndexing(String bind) throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("one.txt"), "Border guards detained smugglers.");
    ServeCommand serve = new ServeCommand();
    Run r = run(serve, "--index", dir.resolve("index").toString(), "--corpus", corpus.toString(), "--bind", bind,
        "--port", "0");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--bind " + bind + " can be reached from other machines",
        "refusing to serve without authentication", "--users FILE", "--token-file FILE");
    assertThat(serve.app).isNull();
    assertThat(dir.resolve("index")).doesNotExist();
  }

  @Test
  void withAUsersFileItServesOnAllInterfacesAndAsksForAPassword() throws Exception {
    Path users = Files.writeString(dir.resolve("users.txt"), "# analysts\n" + hashLine("alice", "open sesame\n") + "\n");
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("one.txt"), "Border guards detained smugglers near Shymkent.");
    Path audit = dir.resolve("audit.jsonl");
    ServeCommand serve = new ServeCommand();
    Run r = run(serve, "--index", dir.resolve("index").toString(), "--corpus", corpus.toString(), "--bind", "0.0.0.0",
        "--port", "0", "--threads", "1", "--users", users.toString(), "--audit-log", audit.toString());
    try {
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.out()).contains("sign-in required (1 users)", "audit log " + audit);
      URI search = URI.create("http://127.0.0.1:" + serve.app.port() + "/search?q=Shymkent");
      HttpClient http = HttpClient.newHttpClient();
      assertThat(http.send(HttpRequest.newBuilder(search).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
          .isEqualTo(401);
      String basic = "Basic " + Base64.getEncoder().encodeToString("alice:open sesame".getBytes(StandardCharsets.UTF_8));
      HttpResponse<String> in = http.send(HttpRequest.newBuilder(search).header("Authorization", basic).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(in.body()).contains("1 report");
    } finally {
      serve.stop();
    }
    assertThat(Files.readAllLines(audit)).hasSize(2).last().asString().contains("\"user\":\"alice\"", "\"hits\":1");
  }

  @Test
  void aTokenFileAloneIsEnough() throws Exception {
    Path tokens = Files.writeString(dir.resolve("tokens.txt"), "c2VjcmV0LXRva2VuLWZvci1jaQ==\n");
    ServeCommand serve = new ServeCommand();
    Run r = run(serve, "--index", dir.resolve("index").toString(), "--bind", "0.0.0.0", "--port", "0",
        "--token-file", tokens.toString());
    try {
      assertThat(r.code()).as(r.err()).isZero();
      var req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + serve.app.port() + "/api/stats"));
      HttpClient http = HttpClient.newHttpClient();
      assertThat(http.send(req.build(), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(401);
      assertThat(http.send(req.header("Authorization", "Bearer c2VjcmV0LXRva2VuLWZvci1jaQ==").build(),
          HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
    } finally {
      serve.stop();
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"alice:sha1:1000:c2FsdHNhbHQ=:aGFzaA==", "alice", "alice:pbkdf2-sha256:ten:c2FsdHNhbHQ=:x",
      "alice:pbkdf2-sha256:1000:c2FsdHNhbHQ=:c2hvcnQ=", "alice:pbkdf2-sha256:10:c2FsdHNhbHQ=:"
      + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", "al ice:pbkdf2-sha256:1000:c2FsdHNhbHQ=:%%%", "#only a comment"})
  void aBadUsersFileStopsTheStartWithItsLineNumber(String line) throws Exception {
    Path users = Files.writeString(dir.resolve("users.txt"), "\n" + line + "\n");
    Run r = run(new ServeCommand(), "--index", dir.resolve("index").toString(), "--port", "0", "--users",
        users.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: " + users + (line.startsWith("#") ? ": no entries" : ":2: "));
  }

  @Test
  void aShortTokenOrAMissingFileStopsTheStart() throws Exception {
    Path tokens = Files.writeString(dir.resolve("tokens.txt"), "short\n");
    Run r = run(new ServeCommand(), "--index", dir.resolve("index").toString(), "--port", "0", "--token-file",
        tokens.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("tokens.txt:1: a token must be at least 20");
    assertThat(r.err()).doesNotContain("short");
    Run missing = run(new ServeCommand(), "--index", dir.toString(), "--users", dir.resolve("nope").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("nope");
  }

  @Test
  void hashPasswordPrintsAUsersFileLineThatVerifies() throws Exception {
    String line = hashLine("bob", "pässwörd with spaces\r\n");
    assertThat(line).matches("bob:pbkdf2-sha256:1000:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+").doesNotContain("pässwörd");
    var users = UsersFile.read(Files.writeString(dir.resolve("users.txt"), line + "\n"));
    assertThat(users.get("bob").matches("pässwörd with spaces".toCharArray())).isTrue();
    assertThat(users.get("bob").matches("pässwörd with space".toCharArray())).isFalse();
    assertThat(hashLine("bob", "pässwörd with spaces\n")).isNotEqualTo(line); // a fresh salt each time
  }

  @ParameterizedTest(name = "user ''{0}'', password ''{1}''")
  @org.junit.jupiter.params.provider.CsvSource({"a:b,pw", "'a b',pw", "alice,''"})
  void hashPasswordRefusesBadNamesAndEmptyPasswords(String user, String password) {
    HashPasswordCommand hash = new HashPasswordCommand();
    hash.in = new ByteArrayInputStream(password.getBytes(StandardCharsets.UTF_8));
    Run r = run(hash, user, "--iterations", "1000");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("error: ");
  }

  @Test
  void hashPasswordIsASubcommandOfTheJar() {
    assertThat(SearchWebCli.commandLine().getSubcommands()).containsKeys("serve", "hash-password");
  }
}
