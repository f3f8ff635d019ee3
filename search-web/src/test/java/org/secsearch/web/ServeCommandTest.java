package org.secsearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code serve --corpus}: indexes the folder first, then serves it and prints where. */
class ServeCommandTest {
  @Test
  void servesACorpusItHasJustIndexed(@TempDir Path dir) throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("one.txt"), "Border guards detained smugglers near Shymkent.");
    Files.writeString(corpus.resolve("two.html"), "<html><head><title>Chimkent raid</title></head><body>"
        + "<p>Police raided a flat in Chimkent.</p></body></html>");
    ServeCommand serve = new ServeCommand();
    PrintStream out = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true));
    try {
      int code = new CommandLine(serve).execute("--index", dir.resolve("index").toString(),
          "--corpus", corpus.toString(), "--port", "0", "--threads", "1");
      assertThat(code).isZero();
    } finally {
      System.setOut(out);
    }
    try {
      String url = "http://127.0.0.1:" + serve.app.port() + "/search";
      assertThat(printed.toString()).contains("secsearch: 2 reports in", "open " + url);
      HttpResponse<String> r = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(url + "?q=Shymkent")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(r.body()).contains("2 reports", "Chimkent raid"); // Shymkent ⇔ Chimkent
    } finally {
      serve.stop();
    }
  }
}
