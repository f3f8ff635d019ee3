package org.secsearch.indexer.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportWriterTest {
  private static final SampleReport REPORT = new SampleReport(
      "Raids in Aqtöbe & Qaraghandy: the KNB <widens> its net",
      "Eurasia Daily Monitor", "9", "29", "Aigerim Sadykova",
      LocalDate.of(2012, 2, 14), "ALMATY", "pdf",
      List.of(
          "Kazakhstan's Committee for National Security (KNB) detained eleven suspects in Aktobe oblast "
              + "(Tengri News [Almaty], February 12).",
          "Officials in Şymkent and Taraz said the cell had ties to Jund al-Khilafa; \"Қазақстан\" was "
              + "written on the leaflets, and one suspect's name was given as Yıldız.",
          "Analysts expect further arrests (Interfax, February 13)."),
      "https://example.org/edm/2012/02/knb-raids");

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "html, text/html",
      "txt,  text/plain",
      "eml,  message/rfc822",
      "pdf,  application/pdf",
      "docx, application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "odt,  application/vnd.oasis.opendocument.text",
      "rtf,  application/rtf",
  })
  void writtenFileParsesBackWithTextTitleAndType(String format, String contentType) throws Exception {
    Path file = dir.resolve("report." + format);
    ReportWriter.write(REPORT, format, file);

    Extraction parsed = Extraction.of(file);

    assertThat(parsed.metadata().get(Metadata.CONTENT_TYPE)).startsWith(contentType);
    String text = parsed.normalizedText();
    assertThat(text)
        .contains("Publication: Eurasia Daily Monitor Volume: 9 Issue: 29")
        .contains("By Aigerim Sadykova")
        .contains("ALMATY, February 14, 2012 — Kazakhstan's Committee for National Security (KNB)")
        .contains("(Tengri News [Almaty], February 12).")
        .contains("Analysts expect further arrests (Interfax, February 13).");
    if (format.equals("pdf")) {
      // WinAnsi cannot show Cyrillic or dotless i: they are transliterated, Latin-1 letters survive.
      assertThat(text).contains("Aqtöbe & Qaraghandy").contains("Şymkent".replace("Ş", "S"))
          .contains("\"Qazaqstan\"").contains("Yildiz");
    } else {
      assertThat(text).contains("Aqtöbe & Qaraghandy: the KNB <widens> its net")
          .contains("Şymkent").contains("\"Қазақстан\"").contains("Yıldız");
    }
    if (!format.equals("txt")) {
      assertThat(parsed.metadata().get(TikaCoreProperties.TITLE)).isEqualTo(REPORT.title());
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"pdf", "docx", "odt", "rtf", "html"})
  void authorAndDateSurviveAsMetadata(String format) throws Exception {
    Path file = dir.resolve("report." + format);
    ReportWriter.write(REPORT, format, file);

    Metadata md = Extraction.of(file).metadata();

    assertThat(md.get(TikaCoreProperties.CREATOR)).isEqualTo("Aigerim Sadykova");
    if (!format.equals("html")) {
      assertThat(md.get(TikaCoreProperties.CREATED)).startsWith("2012-02-14");
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"html", "txt", "eml", "pdf", "docx", "odt", "rtf"})
  void renderingTwiceGivesIdenticalBytes(String format) throws IOException {
    Path first = dir.resolve("a." + format);
    Path second = dir.resolve("b." + format);
    ReportWriter.write(REPORT, format, first);
    ReportWriter.write(REPORT, format, second);

    assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
  }

  @Test
  void longReportSpansSeveralPdfPages() throws Exception {
    String paragraph = "The Federal Security Service (FSB) reported another operation in Daghestan. ".repeat(30);
    SampleReport longReport = new SampleReport("Long brief", null, null, null, null, null, null, "pdf",
        java.util.Collections.nCopies(12, paragraph), null);
    Path file = dir.resolve("long.pdf");
    ReportWriter.write(longReport, file);

    Extraction parsed = Extraction.of(file);

    assertThat(Integer.parseInt(parsed.metadata().get("xmpTPg:NPages"))).isGreaterThan(2);
    assertThat(parsed.normalizedText().split("Daghestan", -1)).hasSize(12 * 30 + 1);
  }

  @Test
  void reportWithoutMetadataWritesNoDate() throws Exception {
    SampleReport bare = new SampleReport("Untitled notes", null, null, null, null, null, null, "docx",
        List.of("Checkpoint traffic near Osh was normal."), null);
    Path file = dir.resolve("bare.docx");
    ReportWriter.write(bare, file);

    Metadata md = Extraction.of(file).metadata();

    assertThat(md.get(TikaCoreProperties.CREATED)).isNull();
    assertThat(md.get(TikaCoreProperties.CREATOR)).isNull();
  }

  @Test
  void unknownFormatIsRejected() {
    assertThatThrownBy(() -> ReportWriter.write(REPORT, "doc", dir.resolve("x.doc")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown format 'doc'");
  }
}
