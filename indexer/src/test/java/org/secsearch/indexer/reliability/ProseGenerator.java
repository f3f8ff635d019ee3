package org.secsearch.indexer.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes seeded, report-like English prose from the word list in {@code words.txt}, so generated corpora vary
 * (different terms per file, realistic token counts) yet are identical on every run.
 */
final class ProseGenerator {
  private static final List<String> WORDS = load();

  private ProseGenerator() {}

  /** About {@code words} words in sentences of 6–18 words, each starting with a capital and ending in a period. */
  static String text(Random rnd, int words) {
    StringBuilder sb = new StringBuilder(words * 8);
    int left = words;
    while (left > 0) {
      int n = Math.min(left, 6 + rnd.nextInt(13));
      for (int i = 0; i < n; i++) {
        String w = WORDS.get(rnd.nextInt(WORDS.size()));
        if (i == 0) w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
        sb.append(w).append(i == n - 1 ? ". " : " ");
      }
      left -= n;
      if (rnd.nextInt(5) == 0) sb.append("\n\n");
    }
    return sb.toString().strip();
  }

  private static List<String> load() {
    List<String> words = new ArrayList<>();
    try (var in = ProseGenerator.class.getResourceAsStream("words.txt");
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = reader.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) continue;
        for (String w : line.trim().split("\\s+")) words.add(w);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(words);
  }
}
