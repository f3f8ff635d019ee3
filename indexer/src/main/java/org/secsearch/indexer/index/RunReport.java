package org.secsearch.indexer.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads and atomically rewrites the JSON-lines report of files that did not index cleanly. */
public final class RunReport {
  public static final String FILE_NAME = "index-report.jsonl";
  private static final ObjectMapper JSON = new ObjectMapper();

  private RunReport() {}

  public static Map<String, FileOutcome> read(Path indexDir) {
    Map<String, FileOutcome> out = new HashMap<>();
    Path file = indexDir.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) return out;
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isBlank()) continue;
        FileOutcome o = JSON.readValue(line, FileOutcome.class);
        out.put(o.path(), o);
      }
    } catch (IOException | RuntimeException e) {
      System.err.println("warning: previous " + FILE_NAME + " unreadable (" + e.getMessage() + "); all files retried");
      out.clear();
    }
    return out;
  }

  /** Writes to a temporary file and renames it over the old report, so a crash never leaves half a report. */
  public static void write(Path indexDir, Collection<FileOutcome> outcomes) throws IOException {
    Files.createDirectories(indexDir);
    Path tmp = indexDir.resolve(FILE_NAME + ".tmp");
    List<FileOutcome> sorted = outcomes.stream().sorted(Comparator.comparing(FileOutcome::path)).toList();
    try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      for (FileOutcome o : sorted) {
        w.write(JSON.writeValueAsString(o));
        w.newLine();
      }
    }
    Files.move(tmp, indexDir.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
