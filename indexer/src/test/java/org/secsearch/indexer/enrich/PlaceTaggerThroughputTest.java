package org.secsearch.indexer.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Prints the tagger's throughput on a few MB of mixed-case and upper-case report text. */
class PlaceTaggerThroughputTest {
  private static final String MIXED = """
      Gunmen attacked a police post in the village of Shubarshi in Aktobe Province on Tuesday, officials in
      Astana said. Two officers were killed. The attack follows bombings in Almaty and Atyrau, and arrests in
      Mangystau Region and in Qaraghandy region, where the security service reported links to militants in
      Dagestan and to training camps in North Waziristan, Pakistan. Michael Jordan was not involved.
      """;
  private static final String UPPER = """
      SAN SALVADOR, 3 JAN 90 (RADIO VENCEREMOS) -- [TEXT] THE ARMY REPORTED THAT 50 PEASANTS HAVE BEEN
      KIDNAPPED BY TERRORISTS IN SAN MIGUEL DEPARTMENT. THREE SUBVERSIVES WERE KILLED DURING CLASHES IN
      USULUTAN AND MORAZAN DEPARTMENTS, AND A SOLDIER WAS WOUNDED NEAR APOPA, SAN SALVADOR DEPARTMENT.
      """;

  @Test
  void tagsSeveralMegabytesPerSecond() {
    PlaceTagger tagger = PlaceTagger.standard();
    StringBuilder doc = new StringBuilder();
    while (doc.length() < 8_000) {
      doc.append(MIXED).append('\n');
    }
    String mixed = doc.toString();
    String upper = UPPER.repeat(8_000 / UPPER.length() + 1);
    for (int i = 0; i < 200; i++) {
      tagger.tag(mixed); // warm up the JIT
      tagger.tag(upper);
    }
    long chars = 0;
    long start = System.nanoTime();
    while (chars < 8_000_000) {
      chars += tagger.tag(mixed).mentions().size() > 0 ? mixed.length() : 0;
      chars += tagger.tag(upper).mentions().size() > 0 ? upper.length() : 0;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double mbPerSecond = chars / 1e6 / seconds;
    System.out.printf(Locale.ROOT, "PlaceTagger throughput: %.1f MB/s on one thread (%d chars in %.2f s)%n",
        mbPerSecond, chars, seconds);
    assertThat(mbPerSecond).as("MB/s").isGreaterThan(1.0);
  }
}
