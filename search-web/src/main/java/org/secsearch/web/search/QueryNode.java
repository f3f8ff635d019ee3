package org.secsearch.web.search;

import java.util.List;
import org.secsearch.indexer.schema.FacetDim;

/** A parsed user query: words, phrases, prefixes and facet terms combined with AND, OR and NOT. */
public sealed interface QueryNode {
  /**
   * Words or a phrase to find in a text field.
   *
   * @param field {@code title}, {@code author} or {@code body}; null for the default (body and title)
   * @param text as the user typed it (a word, or the inside of a quoted phrase)
   * @param phrase whether it was quoted (a single unquoted word may still analyze into several tokens)
   * @param slop how far apart the phrase's words may be ({@code "a b"~3}); 0 for exact
   */
  record Text(String field, String text, boolean phrase, int slop) implements QueryNode {
    /** An unquoted word in the default fields: the kind that name equivalents and spelling apply to. */
    public boolean isPlainWord() {
      return field == null && !phrase;
    }
  }

  /** Words starting with {@code stem} ({@code insurg*}). */
  record Prefix(String field, String stem) implements QueryNode {}

  /** A facet value named in the query box ({@code org:"Islamic Movement of Uzbekistan"}). */
  record FacetTerm(FacetDim dim, String value) implements QueryNode {}

  /** Every clause must match (the default between clauses). */
  record All(List<QueryNode> clauses) implements QueryNode {}

  /** At least one clause must match. */
  record Any(List<QueryNode> clauses) implements QueryNode {}

  /** The clause must not match. */
  record Not(QueryNode clause) implements QueryNode {}
}
