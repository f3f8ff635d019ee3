package org.secsearch.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Smoke test of the enrichment benchmark (bench enrich): it reads a folder's reports and times every step. */
class EnrichBenchTest {
  @Test
  void timesEveryStepOverTheTextReportsOfAFolder(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("a/b"));
    Files.writeString(dir.resolve("a/one.txt"), "Gunmen attacked a police post in Aktobe Province on July 11, "
        + "officials of the National Security Committee (KNB) said (Interfax, July 12).");
    Files.writeString(dir.resolve("a/b/two.txt"), "The Islamic Movement of Uzbekistan claimed a raid near Osh.");
    Files.writeString(dir.resolve("a/page.html"), "<p>not read: only plain-text reports</p>");
    EnrichBench bench = EnrichBench.over(dir, 10);
    assertThat(bench.documents()).isEqualTo(2);
    List<EnrichBench.Step> steps = bench.run(1, 3);
    assertThat(steps).extracting(EnrichBench.Step::name)
        .containsExactly("places", "organizations", "sources", "event dates", "language", "all");
    assertThat(steps).allSatisfy(s -> assertThat(s.msPerDoc()).isGreaterThanOrEqualTo(0));
    EnrichBench.Step all = steps.get(steps.size() - 1);
    assertThat(all.msPerDoc()).isCloseTo(steps.subList(0, 5).stream().mapToDouble(EnrichBench.Step::msPerDoc).sum(),
        org.assertj.core.data.Offset.offset(1e-9));
    assertThat(EnrichBench.format(all)).startsWith("all").contains("ms/doc").contains("MB/s");
  }

  @Test
  void aFolderWithoutTextReportsIsRefused(@TempDir Path dir) {
    assertThatThrownBy(() -> EnrichBench.over(dir, 10)).hasMessageContaining("no .txt reports");
  }
}
