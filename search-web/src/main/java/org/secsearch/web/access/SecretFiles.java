package org.secsearch.web.access;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a users or token file: one entry a line, blank lines and {@code #} comments skipped, errors by line. */
final class SecretFiles {
  /** A line worth reading, with its number for error messages. */
  record Line(int number, String text) {}

  private SecretFiles() {}

  static List<Line> read(Path file) throws IOException {
    List<Line> lines = new ArrayList<>();
    List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < all.size(); i++) {
      String text = all.get(i).strip();
      if (!text.isEmpty() && !text.startsWith("#")) lines.add(new Line(i + 1, text));
    }
    if (lines.isEmpty()) throw new IllegalArgumentException(file + ": no entries");
    return lines;
  }

  static IllegalArgumentException error(Path file, Line line, String message) {
    return new IllegalArgumentException(file + ":" + line.number() + ": " + message);
  }
}
