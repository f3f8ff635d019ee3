package org.secsearch.indexer.generate;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a {@link SampleReport} as a file in one of {@link #FORMATS}; output is deterministic, so re-rendering an
 * unchanged report leaves the file's bytes unchanged.
 */
public final class ReportWriter {
  /** Formats in the order the corpus README lists them; each is also the file extension. */
  public static final List<String> FORMATS = List.of("html", "txt", "eml", "pdf", "docx", "odt", "rtf");

  private static final Map<String, FormatWriter> WRITERS = Map.of(
      "html", new HtmlWriter(),
      "txt", new TextWriter(),
      "eml", new EmailWriter(),
      "pdf", new PdfWriter(),
      "docx", new DocxWriter(),
      "odt", new OdtWriter(),
      "rtf", new RtfWriter());

  private ReportWriter() {}

  /** Writes the report in its own {@link SampleReport#format()} to {@code file}, creating parent folders. */
  public static void write(SampleReport report, Path file) throws IOException {
    write(report, report.format(), file);
  }

  /** Writes the report in {@code format} to {@code file}, creating parent folders and replacing any old file. */
  public static void write(SampleReport report, String format, Path file) throws IOException {
    FormatWriter writer = writerFor(format);
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
      writer.write(report, out);
    }
  }

  /** Writes the report in {@code format} to a stream the caller owns and closes. */
  public static void write(SampleReport report, String format, OutputStream out) throws IOException {
    writerFor(format).write(report, out);
  }

  private static FormatWriter writerFor(String format) {
    FormatWriter writer = WRITERS.get(format.toLowerCase(Locale.ROOT));
    if (writer == null) {
      throw new IllegalArgumentException("unknown format '" + format + "'; expected one of " + FORMATS);
    }
    return writer;
  }
}
