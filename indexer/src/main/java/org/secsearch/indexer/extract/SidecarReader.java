package org.secsearch.indexer.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds a file's sidecar metadata: {@code NAME.meta.json} (or {@code BASENAME.meta.json}) beside it wins over a
 * {@code catalog.csv} row in its folder; an unreadable sidecar is ignored with a warning, never fatal.
 */
public final class SidecarReader {
  public static final String CATALOG = "catalog.csv";
  public static final String SUFFIX = ".meta.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Parsed catalogs per folder: folder → file name → row. */
  private final Map<Path, Map<String, Map<String, String>>> catalogs = new ConcurrentHashMap<>();

  /** Whether a path is itself sidecar metadata (so the walker does not index it as a report). */
  public static boolean isSidecar(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(SUFFIX) || name.equals(CATALOG);
  }

  public Sidecar forFile(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    for (String candidate : dot > 0 ? List.of(name, name.substring(0, dot)) : List.of(name)) {
      Path json = file.resolveSibling(candidate + SUFFIX);
      if (Files.isRegularFile(json)) {
        Map<String, String> values = readJson(json);
        if (values != null) return new Sidecar(values, json.getFileName().toString());
      }
    }
    Map<String, String> row = catalogs.computeIfAbsent(file.getParent(), SidecarReader::readCatalog).get(name);
    return row == null ? Sidecar.NONE : new Sidecar(row, CATALOG);
  }

  private static Map<String, String> readJson(Path json) {
    try {
      JsonNode node = JSON.readTree(json.toFile());
      Map<String, String> values = new LinkedHashMap<>();
      node.fields().forEachRemaining(e -> {
        if (e.getValue().isValueNode()) values.put(e.getKey().toLowerCase(Locale.ROOT), e.getValue().asText());
      });
      return values;
    } catch (IOException e) {
      System.err.println("warning: ignoring unreadable sidecar " + json + ": " + e.getMessage());
      return null;
    }
  }

  private static Map<String, Map<String, String>> readCatalog(Path folder) {
    Path csv = folder.resolve(CATALOG);
    Map<String, Map<String, String>> rows = new HashMap<>();
    if (!Files.isRegularFile(csv)) return rows;
    try {
      List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
      if (lines.isEmpty()) return rows;
      List<String> header = Csv.parseLine(lines.get(0)).stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
      int pathCol = header.indexOf("path");
      if (pathCol < 0) {
        System.err.println("warning: " + csv + " has no 'path' column; ignored");
        return rows;
      }
      for (String line : lines.subList(1, lines.size())) {
        if (line.isBlank()) continue;
        List<String> cells = Csv.parseLine(line);
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < header.size() && i < cells.size(); i++) row.put(header.get(i), cells.get(i));
        String path = row.get("path");
        if (path != null) rows.put(Path.of(path.trim()).getFileName().toString(), row);
      }
    } catch (IOException | RuntimeException e) {
      System.err.println("warning: ignoring unreadable " + csv + ": " + e.getMessage());
    }
    return rows;
  }

  /** Minimal RFC 4180 line splitting: quoted cells with doubled quotes, commas inside quotes. */
  static final class Csv {
    private Csv() {}

    static List<String> parseLine(String line) {
      List<String> cells = new ArrayList<>();
      StringBuilder cell = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (quoted) {
          if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else if (c == '"') {
            quoted = false;
          } else {
            cell.append(c);
          }
        } else if (c == '"') {
          quoted = true;
        } else if (c == ',') {
          cells.add(cell.toString());
          cell.setLength(0);
        } else {
          cell.append(c);
        }
      }
      cells.add(cell.toString());
      return cells;
    }
  }
}
