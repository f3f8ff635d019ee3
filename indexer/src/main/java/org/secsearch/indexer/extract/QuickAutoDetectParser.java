package org.secsearch.indexer.extract;

import java.util.Map;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.CompositeParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;

/**
 * Tika's AutoDetectParser with its per-file overhead cut: the table of parsers by media type is built once
 * (Tika rebuilds it from every parser's supported types on each file), and text and HTML files named as such
 * skip magic detection ({@link TextFormatDetector}). Parsing itself is Tika's, unchanged.
 */
final class QuickAutoDetectParser extends AutoDetectParser {
  private static final long serialVersionUID = 1L;

  private final transient Map<MediaType, Parser> parsers;

  QuickAutoDetectParser() {
    this(TikaConfig.getDefaultConfig());
  }

  private QuickAutoDetectParser(TikaConfig config) {
    super(config);
    setDetector(new TextFormatDetector(config.getDetector()));
    Parser all = config.getParser();
    parsers = all instanceof CompositeParser composite
        ? Map.copyOf(composite.getParsers(new ParseContext())) : super.getParsers(new ParseContext());
  }

  @Override
  public Map<MediaType, Parser> getParsers(ParseContext context) {
    return parsers;
  }
}
