package org.secsearch.indexer.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a report names its sources: parenthetical citations as security reporting writes them
 * ("(Interfax, March 12)", "(Kursiv [Moscow], February 17; Kommersant, February 15)") and wire datelines
 * ("SAN SALVADOR, 3 JAN 90 (ACAN-EFE) --"). It only locates the outlet text; {@link SourceTagger} names it.
 */
public final class CitationFinder {
  /** An outlet as written, its span, and the whole bracketed citation it sits in (for masking). */
  public record Citation(String outlet, int start, int end, int citationStart, int citationEnd, String rule) {}

  private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
      + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
  private static final String DAYS = "\\d{1,2}(?:\\s*[-\u2013/]\\s*\\d{1,2})?";
  private static final String DATE = "(?:" + MONTH + "\\s+" + DAYS + "(?:\\s*,\\s*\\d{4})?"
      + "|" + DAYS + "\\s+" + MONTH + "(?:\\s*,?\\s*\\d{4})?"
      + "|" + MONTH + "\\s*,?\\s*\\d{4}|\\d{4}|" + MONTH + ")";
  /** One segment of a parenthetical citation: outlet(s), an optional [place], a comma and a date. */
  private static final Pattern SEGMENT = Pattern.compile(
      "(?:(?:see|cf\\.|e\\.g\\.|also)\\s+)?(?<outlet>[^\\[\\];]{2,120}?)\\s*(?:\\[[^\\]]{1,40}\\])?\\s*,\\s*"
          + DATE + "\\s*\\.?",
      Pattern.CASE_INSENSITIVE);
  /** A wire dateline at the start of a line: PLACE, date (SOURCE) -- */
  private static final Pattern DATELINE = Pattern.compile(
      "(?m)^[ \\t]*\\p{Lu}[\\p{Lu} .'\u2019-]{1,40}(?:,[^()\\n]{3,25}?)?\\s*\\((?<outlet>[^()\\n]{2,60})\\)\\s*"
          + "(?:--|\u2014|\u2013|-)");
  private static final int MAX_CITATION = 400;
  private static final int DATELINE_ZONE = 2000;

  private CitationFinder() {}

  /** Every citation in the text, in text order. */
  public static List<Citation> find(String text) {
    List<Citation> out = new ArrayList<>();
    // Only the report's own dateline, near its start: later lines of that shape quote other reports.
    Matcher dateline = DATELINE.matcher(text).region(0, Math.min(text.length(), DATELINE_ZONE));
    int datelineEnd = -1;
    if (dateline.find()) {
      addOutlet(out, text, dateline.start("outlet"), dateline.end("outlet"), dateline.start("outlet") - 1,
          dateline.end("outlet") + 1, "dateline");
      datelineEnd = dateline.end();
    }
    for (int open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
      if (open < datelineEnd) {
        continue;
      }
      int close = closing(text, open);
      if (close < 0) {
        continue;
      }
      parenthetical(out, text, open, close);
    }
    return out;
  }

  private static int closing(String text, int open) {
    int limit = Math.min(text.length(), open + MAX_CITATION);
    for (int i = open + 1; i < limit; i++) {
      char c = text.charAt(i);
      if (c == ')') {
        return i;
      }
      if (c == '(' || c == '\n') {
        return -1;
      }
    }
    return -1;
  }

  private static void parenthetical(List<Citation> out, String text, int open, int close) {
    int segStart = open + 1;
    List<Citation> found = new ArrayList<>();
    for (int i = open + 1; i <= close; i++) {
      if (i == close || text.charAt(i) == ';') {
        Matcher m = SEGMENT.matcher(text).region(segStart, i);
        if (!m.matches()) {
          return; // every segment must be "outlet, date": otherwise it is an aside, not a citation
        }
        splitOutlets(found, text, m.start("outlet"), m.end("outlet"), open, close + 1);
        segStart = i + 1;
      }
    }
    out.addAll(found);
  }

  /** "Reuters, AP" in one segment: several outlets sharing a date. */
  private static void splitOutlets(List<Citation> out, String text, int from, int to, int cStart, int cEnd) {
    int s = from;
    for (int i = from; i <= to; i++) {
      if (i == to || text.charAt(i) == ',') {
        addOutlet(out, text, s, i, cStart, cEnd, "citation");
        s = i + 1;
      }
    }
  }

  private static void addOutlet(List<Citation> out, String text, int from, int to, int cStart, int cEnd,
      String rule) {
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    String outlet = text.substring(from, to);
    if (outlet.length() < 2 || outlet.split("\\s+").length > 8 || !Character.isLetterOrDigit(outlet.charAt(0))) {
      return;
    }
    if (Character.isLowerCase(outlet.charAt(0)) && !outlet.contains(".")) {
      return; // a lower-case phrase is prose ("in the morning, May 5"); lower-case web addresses are outlets
    }
    out.add(new Citation(outlet, from, to, cStart, cEnd, rule));
  }
}
