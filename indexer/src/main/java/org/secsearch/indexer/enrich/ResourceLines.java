package org.secsearch.indexer.enrich;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the enrichment resource files: UTF-8 lines, '#' comments and blank lines dropped, tab-split rows. */
public final class ResourceLines {
  private ResourceLines() {}

  /** One data row of a resource file, with its 1-based line number for error messages. */
  public record Row(String source, int line, List<String> cells) {
    /** The cell at {@code index}, trimmed, or "" when the row is shorter. */
    public String cell(int index) {
      return index < cells.size() ? cells.get(index).trim() : "";
    }

    public IllegalArgumentException error(String message) {
      return new IllegalArgumentException(source + ":" + line + ": " + message);
    }
  }

  /** Rows of a classpath resource next to {@link ResourceLines}; fails loudly when it is missing. */
  public static List<Row> ofResource(String name) {
    InputStream in = ResourceLines.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + name);
    }
    return read(in, name);
  }

  /** Rows of a user file (same format as the bundled resource). */
  public static List<Row> ofFile(Path file) {
    try {
      return read(Files.newInputStream(file), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Raw lines of a classpath resource (absolute name), for data that is not in this format. */
  public static List<String> rawLines(String absoluteName) {
    InputStream in = ResourceLines.class.getResourceAsStream(absoluteName);
    if (in == null) {
      throw new IllegalStateException("missing resource " + absoluteName);
    }
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + absoluteName, e);
    }
  }

  private static List<Row> read(InputStream in, String source) {
    List<Row> rows = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (number == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        rows.add(new Row(source, number, List.of(line.split("\t", -1))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
    return rows;
  }
}
