package org.secsearch.indexer.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Renders every {@code *.report} under a sources folder into an output folder, keeping the relative sub-folder:
 * {@code sources/caucasus/x.report} with {@code Format: pdf} becomes {@code out/caucasus/x.pdf}.
 */
public final class RenderReports {
  private RenderReports() {}

  /** Renders all sources and returns how many files were written. */
  public static int run(Path sourcesDir, Path outDir) throws IOException {
    List<Path> sources = sources(sourcesDir);
    for (Path source : sources) {
      SampleReport report = ReportSourceFile.read(source);
      ReportWriter.write(report, target(sourcesDir, source, outDir, report));
    }
    return sources.size();
  }

  /** The {@code *.report} files under {@code sourcesDir}, sorted so runs and errors come in a stable order. */
  public static List<Path> sources(Path sourcesDir) throws IOException {
    try (Stream<Path> files = Files.walk(sourcesDir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(ReportSourceFile.EXTENSION))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    }
  }

  /** Where a source's rendering goes: same relative folder and base name, the report's format as extension. */
  public static Path target(Path sourcesDir, Path source, Path outDir, SampleReport report) {
    Path relative = sourcesDir.relativize(source);
    String name = relative.getFileName().toString();
    String base = name.substring(0, name.length() - ReportSourceFile.EXTENSION.length());
    Path folder = relative.getParent() == null ? outDir : outDir.resolve(relative.getParent().toString());
    return folder.resolve(base + "." + report.format());
  }

  /** {@code RenderReports [SOURCES_DIR [OUT_DIR]]}; defaults to corpus/sources and corpus. */
  public static void main(String[] args) throws IOException {
    Path sources = Path.of(args.length > 0 ? args[0] : "corpus/sources");
    Path out = Path.of(args.length > 1 ? args[1] : "corpus");
    int written = run(sources, out);
    System.out.println("rendered " + written + " reports from " + sources + " into " + out);
  }
}
