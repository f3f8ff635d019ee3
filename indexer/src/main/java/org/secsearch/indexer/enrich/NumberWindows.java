package org.secsearch.indexer.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stretches of a text within reach of a digit, where every date pattern must match. Running the date
 * patterns only there (with transparent bounds, so word boundaries and look-arounds still see the whole text)
 * makes date finding cost in proportion to the numbers in a report rather than its length; it was the largest
 * single cost of enrichment.
 */
final class NumberWindows {
  /**
   * How far a date may extend from its digits: "September 11" puts 10 letters and some spaces before the day.
   * A match further than this from every digit is missed; no date the patterns accept comes near it.
   */
  static final int REACH = 48;

  private NumberWindows() {}

  /** Merged [start, end) windows around the text's digit runs. */
  static List<int[]> of(CharSequence text) {
    List<int[]> out = new ArrayList<>();
    int n = text.length();
    for (int i = 0; i < n; i++) {
      if (!Character.isDigit(text.charAt(i))) continue;
      int j = i;
      while (j < n && Character.isDigit(text.charAt(j))) j++;
      int start = Math.max(0, i - REACH), end = Math.min(n, j + REACH);
      int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && start <= last[1]) {
        last[1] = end;
      } else {
        out.add(new int[] {start, end});
      }
      i = j;
    }
    return out;
  }

  /** Calls {@code each} for every match of {@code p} that lies inside one of the windows, in text order. */
  static void forEachMatch(Pattern p, CharSequence text, List<int[]> windows, Consumer<Matcher> each) {
    Matcher m = p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    for (int[] w : windows) {
      m.region(w[0], w[1]);
      while (m.find()) each.accept(m);
    }
  }
}
