package org.secsearch.web.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.secsearch.indexer.schema.Fields;
import org.secsearch.web.search.QueryNode.All;
import org.secsearch.web.search.QueryNode.Any;
import org.secsearch.web.search.QueryNode.Text;

/**
 * "Did you mean": for each plain query word found in no title or body, Lucene's spell checker proposes the
 * closest word of the index (by edit distance, more frequent first); the query comes back with those words
 * replaced, or null when every word is known. Words with equivalent names are left alone (they are not typos).
 */
final class SpellingSuggester {
  private final DirectSpellChecker checker = new DirectSpellChecker();
  private final QueryExpander expander;

  SpellingSuggester(QueryExpander expander) {
    this.expander = expander;
  }

  String suggest(IndexReader reader, UserQueryParser.Parsed parsed, String query) throws IOException {
    if (parsed.isEmpty()) return null;
    String corrected = query;
    for (Text word : plainWords(parsed.root())) {
      String token = singleToken(word.text());
      if (token == null || !expander.equivalents(word.text()).isEmpty()) continue;
      if (reader.docFreq(new Term(Fields.BODY, token)) + reader.docFreq(new Term(Fields.TITLE, token)) > 0) continue;
      SuggestWord[] s = checker.suggestSimilar(new Term(Fields.BODY, token), 1, reader,
          SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
      if (s.length == 0) continue;
      Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word.text()) + "(?![\\p{L}\\p{N}])")
          .matcher(corrected);
      corrected = m.replaceFirst(Matcher.quoteReplacement(s[0].string));
    }
    return corrected.equals(query) ? null : corrected;
  }

  /** The unquoted default-field words that are not negated. */
  private static List<Text> plainWords(QueryNode root) {
    List<Text> out = new ArrayList<>();
    collect(root, out);
    return out;
  }

  private static void collect(QueryNode n, List<Text> out) {
    switch (n) {
      case Text t when t.isPlainWord() -> out.add(t);
      case All a -> a.clauses().forEach(c -> collect(c, out));
      case Any a -> a.clauses().forEach(c -> collect(c, out));
      default -> { } // negated clauses, phrases, prefixes and facet terms are taken as typed
    }
  }

  /** The word's one index token, or null when it analyzes to none or to several. */
  private static String singleToken(String word) {
    List<String> tokens = AnalyzedText.tokens(word);
    return tokens.size() == 1 ? tokens.get(0) : null;
  }
}
