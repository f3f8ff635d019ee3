package org.secsearch.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/** Appends measurements to {@code results.jsonl} (one JSON object a line) and reads them back. */
public final class ResultsFile {
  private static final ObjectMapper JSON = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private ResultsFile() {}

  public static void append(Path file, BenchResult r) throws IOException {
    Files.writeString(file, JSON.writeValueAsString(r) + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
  }

  public static List<BenchResult> read(Path file) throws IOException {
    List<BenchResult> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) out.add(JSON.readValue(line, BenchResult.class));
    }
    return out;
  }
}
