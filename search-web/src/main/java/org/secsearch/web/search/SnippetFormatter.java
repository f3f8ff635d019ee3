package org.secsearch.web.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats the highlighter's passages as {@link Snippet}s of plain and highlighted {@link Segment}s, leaving
 * escaping to whoever renders them. For result lists it collapses white space, joins passages with " … " and
 * keeps each passage to about {@value #MAX_PASSAGE_CHARS} characters around its first hit; for a document page
 * ({@code compact == false}) it keeps the text exactly as extracted.
 */
final class SnippetFormatter extends PassageFormatter {
  static final String ELLIPSIS = "…";
  static final int MAX_PASSAGE_CHARS = 320;

  private final boolean compact;

  SnippetFormatter(boolean compact) {
    this.compact = compact;
  }

  @Override
  public Snippet format(Passage[] passages, String content) {
    List<Segment> out = new ArrayList<>();
    int hit = 0;
    int lastEnd = 0;
    for (Passage p : passages) {
      int start = p.getStartOffset(), end = p.getEndOffset();
      if (compact && p.getNumMatches() > 0 && end - start > MAX_PASSAGE_CHARS) {
        start = wordStart(content, Math.max(start, p.getMatchStarts()[0] - MAX_PASSAGE_CHARS / 3), start);
        end = wordEnd(content, Math.min(end, start + MAX_PASSAGE_CHARS), end);
      } else if (compact && end - start > MAX_PASSAGE_CHARS) {
        end = wordEnd(content, start + MAX_PASSAGE_CHARS, end);
      }
      if (compact && start > lastEnd || compact && start > 0 && out.isEmpty()) plain(out, ELLIPSIS + " ");
      int cursor = start;
      for (int i = 0; i < p.getNumMatches(); i++) {
        int ms = Math.max(p.getMatchStarts()[i], cursor), me = Math.min(p.getMatchEnds()[i], end);
        if (me <= ms) continue; // outside the trimmed window, or inside the previous (overlapping) match
        if (ms > cursor) plain(out, content.substring(cursor, ms));
        out.add(new Segment(text(content.substring(ms, me)), ++hit));
        cursor = me;
      }
      if (cursor < end) plain(out, content.substring(cursor, end));
      lastEnd = end;
    }
    if (compact && !out.isEmpty() && lastEnd < content.length()) plain(out, " " + ELLIPSIS);
    return new Snippet(List.copyOf(out));
  }

  private void plain(List<Segment> out, String text) {
    String t = text(text);
    if (!t.isEmpty()) out.add(new Segment(t, 0));
  }

  private String text(String s) {
    return compact ? s.replaceAll("\\s+", " ") : s;
  }

  /** Moves {@code i} back to the start of its word, not before {@code min}. */
  private static int wordStart(String s, int i, int min) {
    while (i > min && !Character.isWhitespace(s.charAt(i - 1))) i--;
    return i;
  }

  /** Moves {@code i} forward to the end of its word, not after {@code max}. */
  private static int wordEnd(String s, int i, int max) {
    while (i < max && !Character.isWhitespace(s.charAt(i))) i++;
    return i;
  }
}
