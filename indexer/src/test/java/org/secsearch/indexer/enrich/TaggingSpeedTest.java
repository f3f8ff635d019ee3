package org.secsearch.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Throughput of the organization and source taggers on real reports (the seed article and the MUC messages when
 * shared/ is present, else a text assembled from this test's own sentences), after a warm-up.
 */
class TaggingSpeedTest {
  @Test
  void tagsSeveralMegabytesPerSecond() throws IOException {
    List<String> texts = corpus();
    long chars = texts.stream().mapToLong(String::length).sum();
    Set<String> countries = Set.of("KZ", "SV", "CO", "PE");
    OrganizationTagger orgs = OrganizationTagger.standard();
    SourceTagger sources = SourceTagger.standard();
    int sink = 0;
    for (int warm = 0; warm < 3; warm++) {
      for (String t : texts) {
        sink += orgs.tag(t, countries).size() + sources.tag(t).size();
      }
    }
    long t0 = System.nanoTime();
    for (int pass = 0; pass < 3; pass++) {
      for (String t : texts) {
        sink += orgs.tag(t, countries).size();
      }
    }
    double orgMbs = 3 * chars / 1e6 / ((System.nanoTime() - t0) / 1e9);
    long t1 = System.nanoTime();
    for (int pass = 0; pass < 3; pass++) {
      for (String t : texts) {
        sink += sources.tag(t).size();
      }
    }
    double srcMbs = 3 * chars / 1e6 / ((System.nanoTime() - t1) / 1e9);
    System.out.printf(Locale.ROOT, "tagging speed over %.1f MB: organizations %.1f MB/s, sources %.1f MB/s (%d tags)%n",
        chars / 1e6, orgMbs, srcMbs, sink);
    assertThat(orgMbs).isGreaterThan(0.5); // a floor against order-of-magnitude regressions; CI machines are shared
    assertThat(srcMbs).isGreaterThan(2.0);
  }

  private static List<String> corpus() throws IOException {
    List<String> texts = new ArrayList<>();
    Path shared = Path.of(System.getProperty("secsearch.shared", "../../shared"));
    Path seed = shared.resolve("seed/000_d0f2352eab14d90b.txt");
    if (Files.isRegularFile(seed)) {
      texts.add(Files.readString(seed));
    }
    Path dev = shared.resolve("data/muc/xhtml/dev");
    if (Files.isDirectory(dev)) {
      try (Stream<Path> files = Files.list(dev)) {
        for (Path f : files.sorted().limit(600).toList()) {
          texts.add(Files.readString(f).replaceAll("<[^>]*>", " "));
        }
      }
    }
    if (texts.isEmpty()) {
      String para = "Members of the Islamic Movement of Uzbekistan (IMU) and the National Security Committee met "
          + "officials of the OSCE in Almaty (Interfax, March 12). The Lautaro Youth Front was banned. ";
      texts.add(para.repeat(20000));
    }
    return texts;
  }
}
