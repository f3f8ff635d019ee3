package org.secsearch.indexer.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@code *.report} source format into a {@link SampleReport}. A source is UTF-8 text: header lines
 * {@code Key: value} (Title and Format required; Publication, Volume, Issue, Author, Date as yyyy-mm-dd, Dateline,
 * Url optional; lines starting with '#' are comments), one blank line, then paragraphs separated by blank lines.
 * Lines inside a paragraph are joined with single spaces, so sources can be wrapped for reading.
 */
public final class ReportSourceFile {
  public static final String EXTENSION = ".report";
  private static final Set<String> KEYS =
      Set.of("title", "publication", "volume", "issue", "author", "date", "dateline", "format", "url");

  private ReportSourceFile() {}

  public static SampleReport read(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }

  /** Parses source text; {@code origin} names it in error messages. */
  public static SampleReport parse(String source, String origin) {
    List<String> lines = source.replace("\r\n", "\n").replace('\r', '\n').lines().toList();
    Map<String, String> header = new HashMap<>();
    int i = 0;
    for (; i < lines.size() && !lines.get(i).isBlank(); i++) {
      String line = lines.get(i);
      if (line.startsWith("#")) {
        continue;
      }
      int colon = line.indexOf(':');
      String key = colon < 0 ? "" : line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      if (!KEYS.contains(key)) {
        throw error(origin, i, "expected a header 'Key: value' with Key one of " + KEYS + ", got: " + line);
      }
      if (header.put(key, line.substring(colon + 1).strip()) != null) {
        throw error(origin, i, "header '" + key + "' given twice");
      }
    }
    List<String> paragraphs = paragraphs(lines.subList(i, lines.size()));
    for (String required : List.of("title", "format")) {
      if (header.get(required) == null || header.get(required).isEmpty()) {
        throw error(origin, i, "missing header '" + required + "'");
      }
    }
    if (!ReportWriter.FORMATS.contains(header.get("format").toLowerCase(Locale.ROOT))) {
      throw error(origin, i, "format must be one of " + ReportWriter.FORMATS + ", got " + header.get("format"));
    }
    if (paragraphs.isEmpty()) {
      throw error(origin, lines.size(), "no paragraphs after the header");
    }
    return new SampleReport(header.get("title"), header.get("publication"), header.get("volume"),
        header.get("issue"), header.get("author"), date(header.get("date"), origin), header.get("dateline"),
        header.get("format"), paragraphs, header.get("url"));
  }

  private static List<String> paragraphs(List<String> body) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : body) {
      if (line.isBlank()) {
        flush(current, paragraphs);
      } else {
        if (!current.isEmpty()) {
          current.append(' ');
        }
        current.append(line.strip());
      }
    }
    flush(current, paragraphs);
    return paragraphs;
  }

  private static void flush(StringBuilder current, List<String> paragraphs) {
    if (!current.isEmpty()) {
      paragraphs.add(current.toString());
      current.setLength(0);
    }
  }

  private static LocalDate date(String value, String origin) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(origin + ": Date must be yyyy-mm-dd, got " + value, e);
    }
  }

  private static IllegalArgumentException error(String origin, int lineIndex, String message) {
    return new IllegalArgumentException(origin + ":" + (lineIndex + 1) + ": " + message);
  }
}
