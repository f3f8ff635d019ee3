package org.secsearch.indexer.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.secsearch.indexer.enrich.FileStamp;
import org.secsearch.indexer.enrich.Report;
import org.secsearch.indexer.enrich.ReportEnricher;
import org.secsearch.indexer.enrich.StandardFacetFinder;
import org.secsearch.indexer.extract.Extracted;
import org.secsearch.indexer.extract.ExtractorPool;
import org.secsearch.indexer.extract.Sidecar;
import org.secsearch.indexer.extract.SidecarReader;
import org.secsearch.indexer.extract.TikaExtractor;
import org.secsearch.indexer.index.DocumentIds;

/**
 * Extraction and enrichment of one file in this JVM, the steps {@code extract} runs (without worker processes),
 * so the evaluations score what the indexer would store.
 */
final class InProcessEnrichment {
  private static final int MAX_CHARS = ExtractorPool.Options.defaults(1).maxChars();

  private final TikaExtractor extractor = new TikaExtractor();
  private final ReportEnricher enricher = new ReportEnricher(StandardFacetFinder.get());
  private final SidecarReader sidecars = new SidecarReader();

  /** The extracted file, before enrichment. */
  Extracted extract(Path file) {
    return extractor.extract(file, MAX_CHARS);
  }

  /** The report the indexer would store for {@code file} under corpus folder {@code root}. */
  Report report(Path root, Path file) {
    return enrich(root, file, extract(file), sidecars.forFile(file));
  }

  /** The same, with the document's metadata dropped: what enrichment reads from the text alone. */
  Report fromTextOnly(Path root, Path file, Extracted e) {
    Extracted bare = new Extracted(e.status(), e.reason(), e.text(), "text/plain", Map.of());
    return enrich(root, file, bare, Sidecar.NONE);
  }

  Report enrich(Path root, Path file, Extracted e, Sidecar sidecar) {
    try {
      String rel = DocumentIds.relativePath(root.toRealPath(), file.toRealPath());
      FileStamp stamp = new FileStamp(Files.size(file), Files.getLastModifiedTime(file).toMillis(), null);
      return enricher.enrich(DocumentIds.of(rel), rel, e, sidecar, stamp);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}
