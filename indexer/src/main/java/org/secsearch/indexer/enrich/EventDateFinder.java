package org.secsearch.indexer.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dates of events a report mentions — "on July 11", "On the night of June 30", "on 3 FEBRUARY",
 * "in March 2009", "October 14, 2010" — and resolves a missing year against the publication date (the latest
 * such date not after publication). Dates inside parenthetical source citations are the cited items'
 * publication dates, not events, and are left out.
 */
public final class EventDateFinder {
  /** Month names capitalised or in capitals ("July", "JULY"), never lower case: "may 5" is not a date. */
  private static final String MONTH = monthAlternation();
  /** "July 11" / "11 July" with no year after it. Month names must be capitalised (or the text upper case). */
  private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s*\\d{2,4})");
  private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\b(?!,?\\s*\\d{2,4})");
  /** A parenthetical citation: "(Interfax, March 12)", "(Tengri News [Almaty], April 1, 2010)". */
  private static final Pattern CITATION = Pattern.compile("\\([^()\\n]{2,80},\\s*[^()\\n]{3,40}\\)");

  public List<Tag> find(String text, PartialDate published) {
    List<int[]> citations = new ArrayList<>();
    DateStarts.forEachMatch(CITATION, text, openingBrackets(text), c -> citations.add(new int[] {c.start(), c.end()}));

    List<Tag> out = new ArrayList<>();
    DateStarts at = DateStarts.of(text); // one scan serves the full dates and the dates without a year
    for (DateParser.Found f : DateParser.findAll(text, at)) {
      if (!inside(citations, f.start()) && !isDateline(text, f.start())) {
        out.add(new Tag(f.date().iso(), f.start(), f.end(), "date"));
      }
    }
    if (published != null && published.month() != 0) {
      collect(MONTH_DAY, text, at.months(), 1, 2, published, citations, out);
      collect(DAY_MONTH, text, at.numbers(), 2, 1, published, citations, out);
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  private static void collect(Pattern p, String text, int[] starts, int monthGroup, int dayGroup,
      PartialDate published, List<int[]> citations, List<Tag> out) {
    DateStarts.forEachMatch(p, text, starts, m -> {
      if (inside(citations, m.start()) || overlaps(out, m.start(), m.end())) return;
      int month = Integer.parseInt(DateParser.month(m.group(monthGroup)));
      int day = Integer.parseInt(m.group(dayGroup));
      PartialDate d = resolve(month, day, published);
      if (d != null) out.add(new Tag(d.iso(), m.start(), m.end(), "date-without-year"));
    });
  }

  /** Offsets of every "(": the only places a citation can begin, so the pattern is tried only there. */
  private static int[] openingBrackets(String text) {
    IntList at = new IntList();
    for (int i = text.indexOf('('); i >= 0; i = text.indexOf('(', i + 1)) at.add(i);
    return at.toArray();
  }

  /** The latest date with this month and day that is not after the publication date. */
  static PartialDate resolve(int month, int day, PartialDate published) {
    for (int year = published.year(); year >= published.year() - 1; year--) {
      try {
        PartialDate d = new PartialDate(year, month, day);
        if (!d.start().isAfter(published.end())) return d;
      } catch (RuntimeException e) {
        return null; // 30 February and the like
      }
    }
    return null;
  }

  private static boolean inside(List<int[]> spans, int pos) {
    for (int[] s : spans) if (pos >= s[0] && pos < s[1]) return true;
    return false;
  }

  private static boolean overlaps(List<Tag> tags, int start, int end) {
    for (Tag t : tags) if (t.start() < end && start < t.end()) return true;
    return false;
  }

  /** The dateline date at the head of a wire item is the publication date, not an event. */
  private static boolean isDateline(String text, int pos) {
    return pos < 200 && text.lastIndexOf('\n', pos) < 0 || pos < 120;
  }

  private static String monthAlternation() {
    List<String> names = List.of("January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
        "Sept", "Oct", "Nov", "Dec");
    StringBuilder sb = new StringBuilder("(");
    for (String n : names) sb.append(n).append('|').append(n.toUpperCase(java.util.Locale.ROOT)).append('|');
    sb.setLength(sb.length() - 1);
    return sb.append(")\\.?").toString();
  }
}
