package org.secsearch.web.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.secsearch.indexer.schema.Fields;
import org.secsearch.indexer.schema.IndexSchema;

/** Text as the index sees it: the tokens the index's analyzer makes of it (lower case, folded, stemmed). */
public final class AnalyzedText {
  private static final Analyzer ANALYZER = IndexSchema.analyzer();

  private AnalyzedText() {}

  public static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = ANALYZER.tokenStream(Fields.BODY, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) out.add(term.toString());
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // analysis of an in-memory string does no I/O
    }
    return out;
  }
}
