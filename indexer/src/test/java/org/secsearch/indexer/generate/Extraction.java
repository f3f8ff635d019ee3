package org.secsearch.indexer.generate;

import java.nio.file.Path;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

/** Test helper: parses a file with Tika's AutoDetectParser, as the indexer will. */
record Extraction(String text, Metadata metadata) {
  private static final AutoDetectParser PARSER = new AutoDetectParser();

  static Extraction of(Path file) throws Exception {
    Metadata md = new Metadata();
    md.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
    BodyContentHandler handler = new BodyContentHandler(-1);
    try (TikaInputStream in = TikaInputStream.get(file, md)) {
      PARSER.parse(in, handler, md, new ParseContext());
    }
    return new Extraction(handler.toString(), md);
  }

  /** The text with runs of white space (line wraps, page breaks) collapsed to one space. */
  String normalizedText() {
    return text.replaceAll("\\s+", " ").strip();
  }
}
