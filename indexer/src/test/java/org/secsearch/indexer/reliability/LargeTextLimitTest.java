package org.secsearch.indexer.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secsearch.indexer.extract.Extracted;
import org.secsearch.indexer.extract.ExtractorPool;
import org.secsearch.indexer.extract.Status;

/**
 * A text limit above 20 M characters (Jackson's default cap on one JSON string, which the worker's answer
 * crosses) still gives a partial text, not an exception that would stop the whole run.
 */
class LargeTextLimitTest {
  @TempDir Path dir;

  @Test
  void aTextLongerThanJacksonsDefaultStringCapComesBackPartial() throws Exception {
    int limit = 21_000_000;
    Path f = dir.resolve("huge.txt");
    Random rnd = new Random(5);
    try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.US_ASCII)) {
      for (long written = 0; written < limit + 1_000_000L; ) {
        String chunk = ProseGenerator.text(rnd, 2_000) + "\n";
        w.write(chunk);
        written += chunk.length();
      }
    }
    try (ExtractorPool pool = new ExtractorPool(ExtractorPool.Options.defaults(1).withHeap("1g")
        .withMaxChars(limit))) {
      Extracted e = pool.extract(f);
      assertThat(e.status()).as(e.reason()).isEqualTo(Status.PARTIAL);
      assertThat(e.text().length()).isGreaterThan(20_000_000).isLessThanOrEqualTo(limit);
    }
  }
}
