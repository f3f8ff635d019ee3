package org.secsearch.indexer.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates as reports write them: ISO ({@code 2011-07-15}, with or without time), "July 15, 2011",
 * "15 July 2011", wire style "15 JUL 90", RFC 822 e-mail dates, and "July 2011". Invalid dates are ignored.
 */
public final class DateParser {
  private DateParser() {}

  private static final String MONTH =
      "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
          + "|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})(?:-(\\d{2}))?(?![\\d-])");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("\\b(\\d{1,2})\\s+" + MONTH + ",?\\s+(\\d{4}|\\d{2})\\b", Pattern.CASE_INSENSITIVE);
  /** Russian reports: "12 февраля 2016 года". */
  private static final List<String> RU_MONTHS = List.of("января", "февраля", "марта", "апреля", "мая", "июня",
      "июля", "августа", "сентября", "октября", "ноября", "декабря");
  private static final Pattern DAY_MONTH_YEAR_RU = Pattern.compile(
      "(?iu)(?<![\\p{L}\\d])(\\d{1,2})\\s+(" + String.join("|", RU_MONTHS) + ")\\s+(\\d{4})(?!\\d)");
  private static final Pattern MONTH_YEAR =
      Pattern.compile("\\b" + MONTH + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);

  /** A date found in a text with its span. */
  public record Found(PartialDate date, int start, int end) {}

  /** Parses a metadata value (ISO timestamp, e-mail date, or prose); null when it holds no date. */
  public static PartialDate parseValue(String value) {
    if (value == null) return null;
    List<Found> found = findAll(value);
    return found.isEmpty() ? null : found.get(0).date();
  }

  /** Every full or month-precision date in the text, in order of appearance. */
  public static List<Found> findAll(CharSequence text) {
    return findAll(text, DateStarts.of(text));
  }

  /** As {@link #findAll(CharSequence)}, with the text's date starts already found (a caller that needs them too). */
  static List<Found> findAll(CharSequence text, DateStarts at) {
    List<Found> out = new ArrayList<>();
    if (at.numbers().length == 0) return out;
    DateStarts.forEachMatch(ISO, text, at.numbers(), m -> add(out, m, m.group(1), m.group(2), m.group(3)));
    DateStarts.forEachMatch(MONTH_DAY_YEAR, text, at.months(),
        m -> add(out, m, m.group(3), month(m.group(1)), m.group(2)));
    DateStarts.forEachMatch(DAY_MONTH_YEAR, text, at.numbers(),
        m -> add(out, m, year(m.group(3)), month(m.group(2)), m.group(1)));
    DateStarts.forEachMatch(DAY_MONTH_YEAR_RU, text, at.numbers(), m -> add(out, m, m.group(3),
        Integer.toString(RU_MONTHS.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1), m.group(1)));
    DateStarts.forEachMatch(MONTH_YEAR, text, at.months(), m -> {
      int s = m.start(), e = m.end();
      if (out.stream().noneMatch(f -> f.start() <= s && f.end() >= e && overlaps(f, s, e))) {
        add(out, m, m.group(2), month(m.group(1)), null);
      }
    });
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  private static boolean overlaps(Found f, int s, int e) {
    return f.start() < e && s < f.end();
  }

  private static void add(List<Found> out, Matcher m, String y, String mo, String d) {
    try {
      int year = Integer.parseInt(y);
      if (year < 1900 || year > 2100) return;
      PartialDate date = new PartialDate(year, Integer.parseInt(mo), d == null ? 0 : Integer.parseInt(d));
      for (Found f : out) if (overlaps(f, m.start(), m.end())) return;
      out.add(new Found(date, m.start(), m.end()));
    } catch (RuntimeException e) {
      // not a real date (31 February, month 13): not a date at all
    }
  }

  /** Two-digit wire years: 88 → 1988, 11 → 2011 (pivot at 50). */
  private static String year(String y) {
    if (y.length() == 4) return y;
    int v = Integer.parseInt(y);
    return Integer.toString(v >= 50 ? 1900 + v : 2000 + v);
  }

  static String month(String name) {
    String key = name.substring(0, 3).toLowerCase(Locale.ROOT);
    int i = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").indexOf(key);
    return Integer.toString(i + 1);
  }
}
