package org.secsearch.indexer.enrich;

import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a date can begin in a text: at a month name or at a run of digits. The date patterns are tried only
 * there (anchored, with transparent bounds so word boundaries and look-arounds still see the whole text), so
 * date finding costs in proportion to the months and numbers in a report rather than its length — scanning
 * every position with the patterns was the largest single cost of enrichment.
 *
 * @param months offsets of words that are month names or their abbreviations, in any case
 * @param numbers offsets where a run of digits begins
 */
record DateStarts(int[] months, int[] numbers) {
  private static final AsciiWordKey.Table MONTH_WORDS = AsciiWordKey.Table.of(Set.of("jan", "january", "feb", "february", "mar", "march", "apr",
      "april", "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october",
      "nov", "november", "dec", "december"));

  static DateStarts of(CharSequence text) {
    // Read as an array: a String checks its encoding at every charAt, and this loop reads every character.
    int n = text.length();
    char[] chars = ScanBuffer.of(text);
    IntList months = new IntList(), numbers = new IntList();
    for (int i = 0; i < n; ) {
      char c = chars[i];
      if (CharKinds.isDigit(c)) {
        numbers.add(i);
        while (i < n && CharKinds.isDigit(chars[i])) i++;
      } else if (CharKinds.isLetter(c)) {
        int j = i + 1;
        while (j < n && CharKinds.isLetter(chars[j])) j++;
        if (j - i >= 3 && j - i <= 9 && (c | 0x20) < 128 && (MONTH_INITIALS & (1 << ((c | 0x20) - 'a'))) != 0
            && MONTH_PREFIXES.contains(AsciiWordKey.of(chars, i, i + 3))
            && MONTH_WORDS.contains(AsciiWordKey.of(chars, i, j))) {
          months.add(i);
        }
        i = j;
      } else {
        i++;
      }
    }
    return new DateStarts(months.toArray(), numbers.toArray());
  }

  private static final Set<String> MONTH_PREFIX_WORDS = Set.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
      "sep", "oct", "nov", "dec");
  /** The month words' first three letters: most words are turned away by these before their whole key is made. */
  private static final AsciiWordKey.Table MONTH_PREFIXES = AsciiWordKey.Table.of(MONTH_PREFIX_WORDS);
  /** Their first letters, a bit each (a = bit 0): most words are turned away by their first letter alone. */
  private static final int MONTH_INITIALS = initials(MONTH_PREFIX_WORDS);

  private static int initials(Set<String> words) {
    int bits = 0;
    for (String w : words) bits |= 1 << (w.charAt(0) - 'a');
    return bits;
  }

  /**
   * Calls {@code each} for every match of {@code p} that begins at one of {@code starts} (ascending), skipping
   * starts inside the previous match, as a left-to-right search would.
   */
  static void forEachMatch(Pattern p, CharSequence text, int[] starts, Consumer<Matcher> each) {
    Matcher m = p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    int after = 0;
    for (int s : starts) {
      if (s < after) continue;
      m.region(s, text.length());
      if (m.lookingAt()) {
        each.accept(m);
        after = m.end();
      }
    }
  }
}
