package org.secsearch.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plain-text and HTML extraction through real child-JVM workers: charsets, junk, empty files, limits. */
class ExtractorPoolTest {
  static ExtractorPool pool;
  @TempDir static Path dir;

  @BeforeAll
  static void start() throws Exception {
    pool = new ExtractorPool(ExtractorPool.Options.defaults(1).withMaxChars(10_000));
  }

  @AfterAll
  static void stop() {
    pool.close();
  }

  @Test
  void utf8TextIsIndexed() throws Exception {
    Path f = write("a.txt", "Attack in Aktobe Province\n\nPolice said (Interfax, March 12).", StandardCharsets.UTF_8);
    Extracted e = pool.extract(f);
    assertThat(e.status()).isEqualTo(Status.INDEXED);
    assertThat(e.text()).contains("Aktobe Province").contains("(Interfax, March 12)");
    assertThat(e.contentType()).isEqualTo("text/plain");
  }

  @Test
  void cp1251RussianComesOutReadable() throws Exception {
    String ru = "Утечка информации из Комитета национальной безопасности Казахстана. "
        + "Сотрудники полиции задержали подозреваемых в Актобе.";
    Path f = write("ru.txt", ru.repeat(3), Charset.forName("windows-1251"));
    Extracted e = pool.extract(f);
    assertThat(e.status()).isEqualTo(Status.INDEXED);
    assertThat(e.text()).contains("Утечка информации").contains("Актобе");
  }

  @Test
  void utf16WithoutBomIsDecoded() throws Exception {
    Path f = write("u16.txt", "Взрыв в Махачкале, Дагестан. Explosion in Makhachkala.", StandardCharsets.UTF_16LE);
    Extracted e = pool.extract(f);
    assertThat(e.status()).isEqualTo(Status.INDEXED);
    assertThat(e.text()).contains("Махачкале").contains("Makhachkala");
  }

  @Test
  void randomBytesAreJunk() throws Exception {
    byte[] noise = new byte[100_000];
    new Random(42).nextBytes(noise);
    Path f = dir.resolve("noise.txt");
    Files.write(f, noise);
    assertThat(pool.extract(f).status()).isEqualTo(Status.SKIPPED_JUNK);
  }

  @Test
  void zeroByteFileIsEmpty() throws Exception {
    Path f = dir.resolve("empty.pdf");
    Files.write(f, new byte[0]);
    assertThat(pool.extract(f).status()).isEqualTo(Status.SKIPPED_EMPTY);
  }

  @Test
  void longTextIsCutAndMarkedPartial() throws Exception {
    Path f = write("long.txt", "word ".repeat(5_000), StandardCharsets.UTF_8);
    Extracted e = pool.extract(f);
    assertThat(e.status()).isEqualTo(Status.PARTIAL);
    assertThat(e.text().length()).isLessThanOrEqualTo(10_000);
  }

  @Test
  void htmlTitleAndMetaTagsArrive() throws Exception {
    Path f = write("a.html", "<html><head><title>Raid in Dagestan</title>"
        + "<meta name=\"dc.date\" content=\"2011-07-15\"></head><body><h1>Raid</h1><p>Text body.</p></body></html>",
        StandardCharsets.UTF_8);
    Extracted e = pool.extract(f);
    assertThat(e.status()).isEqualTo(Status.INDEXED);
    assertThat(e.meta("dc:title")).isEqualTo("Raid in Dagestan");
    assertThat(e.text()).contains("Text body.");
    assertThat(e.metadata().toString()).contains("2011-07-15");
  }

  private static Path write(String name, String text, Charset cs) throws Exception {
    Path f = dir.resolve(name);
    Files.write(f, text.getBytes(cs));
    return f;
  }

  /** A text file whose bytes the indexer has read is decoded without a worker, exactly as the worker would. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({"in-hand-8.txt, UTF-8", "in-hand-16.txt, UTF-16LE",
      "in-hand-1251.txt, windows-1251", "in-hand-long.txt, UTF-8"})
  void bytesInHandGiveTheWorkersResult(String name, String charset) throws Exception {
    String text = "Взрыв в Махачкале, Дагестан. Explosion in Makhachkala (Interfax, March 12).\n";
    Path f = write(name, name.contains("long") ? text.repeat(300) : text, Charset.forName(charset));
    Extracted viaWorker = pool.extract(f);
    Extracted inHand = PlainTextFiles.decode(name, Files.readAllBytes(f), 10_000);
    if (charset.equals("windows-1251")) {
      assertThat(inHand).as("not UTF-8 or UTF-16: Tika's charset detection decides").isNull();
    } else {
      assertThat(inHand).isEqualTo(viaWorker);
      assertThat(pool.extract(f, Files.readAllBytes(f))).isEqualTo(viaWorker);
    }
    assertThat(viaWorker.status()).isEqualTo(name.contains("long") ? Status.PARTIAL : Status.INDEXED);
  }

  @Test
  void bytesInHandOfAnythingButTextGoToAWorker() throws Exception {
    Path f = write("page.html", "<html><head><title>Raid</title></head><body><p>Raid in Aktobe.</p></body></html>",
        StandardCharsets.UTF_8);
    assertThat(PlainTextFiles.decode("page.html", Files.readAllBytes(f), 10_000)).isNull();
    assertThat(pool.extract(f, Files.readAllBytes(f)).text()).contains("Raid in Aktobe.");
  }
}
