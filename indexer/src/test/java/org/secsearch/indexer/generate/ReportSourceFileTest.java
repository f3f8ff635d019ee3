package org.secsearch.indexer.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportSourceFileTest {
  private static final String SOURCE = """
      # a comment line is skipped
      Title: Militants Strike Police Post in Daghestan
      Publication: North Caucasus Weekly
      Volume: 12
      Issue: 7
      Author: Ruslan Temirov
      Date: 2011-02-18
      Dateline: MAKHACHKALA
      Format: ODT
      Url: https://example.org/ncw/12/7

      Two officers were wounded in the
      Kizlyar district (Kavkaz-Uzel, February 17).

      The FSB blamed a local cell.
      """;

  @Test
  void headerAndWrappedParagraphsAreRead() {
    SampleReport r = ReportSourceFile.parse(SOURCE, "test");

    assertThat(r.title()).isEqualTo("Militants Strike Police Post in Daghestan");
    assertThat(r.publicationLine()).isEqualTo("Publication: North Caucasus Weekly Volume: 12 Issue: 7");
    assertThat(r.author()).isEqualTo("Ruslan Temirov");
    assertThat(r.date()).isEqualTo(LocalDate.of(2011, 2, 18));
    assertThat(r.format()).isEqualTo("odt");
    assertThat(r.url()).isEqualTo("https://example.org/ncw/12/7");
    assertThat(r.paragraphs()).containsExactly(
        "Two officers were wounded in the Kizlyar district (Kavkaz-Uzel, February 17).",
        "The FSB blamed a local cell.");
    assertThat(r.bodyBlocks().get(2))
        .startsWith("MAKHACHKALA, February 18, 2011 — Two officers were wounded");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "Title: T\\nFormat: pdf\\n\\n                 | no paragraphs",
      "Format: pdf\\n\\nText.                      | missing header 'title'",
      "Title: T\\n\\nText.                         | missing header 'format'",
      "Title: T\\nFormat: doc\\n\\nText.           | format must be one of",
      "Title: T\\nFormat: pdf\\nDate: 3/4/2015\\n\\nText. | Date must be yyyy-mm-dd",
      "Title: T\\nFormat: pdf\\nSource: X\\n\\nText.      | expected a header 'Key: value'",
      "Title: T\\nTitle: U\\nFormat: pdf\\n\\nText.       | given twice",
  })
  void malformedSourcesAreRejectedWithTheReason(String source, String reason) {
    assertThatThrownBy(() -> ReportSourceFile.parse(source.replace("\\n", "\n"), "bad.report"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("bad.report")
        .hasMessageContaining(reason);
  }

  @Test
  void renderReportsMirrorsSubfoldersAndUsesTheFormatAsExtension(@TempDir Path dir) throws Exception {
    Path sources = dir.resolve("sources");
    Files.createDirectories(sources.resolve("caucasus"));
    Files.writeString(sources.resolve("caucasus/kizlyar.report"), SOURCE);
    Files.writeString(sources.resolve("top.report"), "Title: T\nFormat: rtf\n\nText.\n");
    Files.writeString(sources.resolve("notes.txt"), "not a source");

    int written = RenderReports.run(sources, dir.resolve("out"));

    assertThat(written).isEqualTo(2);
    assertThat(dir.resolve("out/caucasus/kizlyar.odt")).isRegularFile();
    assertThat(dir.resolve("out/top.rtf")).isRegularFile();
    assertThat(dir.resolve("out/notes.txt")).doesNotExist();
  }
}
