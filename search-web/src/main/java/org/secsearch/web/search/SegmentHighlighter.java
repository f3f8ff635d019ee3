package org.secsearch.web.search;

import java.io.IOException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.secsearch.indexer.schema.Fields;
import org.secsearch.indexer.schema.IndexSchema;

/**
 * The unified highlighter over the body, with offsets from the postings (no re-analysis), returning
 * {@link Snippet}s rather than HTML strings: short passages for result lists, or the whole text for a document.
 */
final class SegmentHighlighter extends UnifiedHighlighter {
  /** Matches this far into a long body still make snippets (the highlighter ignores text beyond it). */
  private static final int SNIPPET_CHARS = 1_000_000;
  /** Passages grow from sentences towards this length, so one snippet line reads well. */
  private static final int PASSAGE_GOAL = 200;

  private SegmentHighlighter(Builder b) {
    super(b);
  }

  /** Highlights result-list snippets: the best passages, joined with ellipses. */
  static SegmentHighlighter forSnippets(IndexSearcher searcher) {
    return new SegmentHighlighter(builder(searcher, IndexSchema.analyzer())
        .withFormatter(new SnippetFormatter(true))
        .withMaxLength(SNIPPET_CHARS)
        // Passages break after a full stop: the JDK's rule-based sentence iterator gave slightly nicer breaks
        // but was a quarter of a search's time, re-scanning the text around every match.
        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
            new CustomSeparatorBreakIterator('.'), PASSAGE_GOAL, 0.3f)));
  }

  /** Highlights a whole body of {@code chars} characters as one passage, every match marked and numbered. */
  static SegmentHighlighter forWholeText(IndexSearcher searcher, int chars) {
    return new SegmentHighlighter(builder(searcher, IndexSchema.analyzer())
        .withFormatter(new SnippetFormatter(false))
        .withBreakIterator(WholeBreakIterator::new)
        .withMaxLength(Math.max(1, chars + 1)));
  }

  /**
   * Snippets of the body for each document, in the order given.
   *
   * @param query whose words to mark; null marks nothing (snippets are then the opening passages)
   */
  Snippet[] snippets(Query query, int[] docIds, int passages) throws IOException {
    Object[] out = highlightFieldsAsObjects(new String[] {Fields.BODY},
        query == null ? new MatchNoDocsQuery() : query, docIds, new int[] {passages}).get(Fields.BODY);
    Snippet[] snippets = new Snippet[docIds.length];
    for (int i = 0; i < docIds.length; i++) snippets[i] = out[i] instanceof Snippet s ? s : Snippet.NONE;
    return snippets;
  }
}
