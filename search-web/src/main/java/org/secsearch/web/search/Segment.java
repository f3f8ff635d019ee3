package org.secsearch.web.search;

/**
 * A run of text, highlighted or not: snippets and document texts are lists of these, so templates escape the
 * text themselves and add {@code <mark>} around highlighted runs without ever printing raw HTML.
 *
 * @param hit 0 for plain text; for a highlighted run, its number in the text (1, 2, ...) for hit navigation
 */
public record Segment(String text, int hit) {
  public boolean isHit() {
    return hit > 0;
  }
}
