package org.secsearch.web.search;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import org.secsearch.indexer.enrich.PartialDate;

/** Writes dates the way people read them: "11 July 2011", "July 2011", "2011"; month facet labels as "July". */
public final class DateLabels {
  private DateLabels() {}

  /** A stored ISO date of any precision in words; the input unchanged if it is not one. */
  public static String of(String iso) {
    if (iso == null || iso.isEmpty()) return "";
    try {
      PartialDate d = PartialDate.parse(iso);
      if (d.month() == 0) return Integer.toString(d.year());
      String month = monthName(d.month());
      return d.day() == 0 ? month + " " + d.year() : d.day() + " " + month + " " + d.year();
    } catch (IllegalArgumentException e) {
      return iso;
    }
  }

  /** "07" → "July"; anything else unchanged. */
  public static String month(String twoDigits) {
    try {
      int m = Integer.parseInt(twoDigits);
      return m >= 1 && m <= 12 ? monthName(m) : twoDigits;
    } catch (NumberFormatException e) {
      return twoDigits;
    }
  }

  private static String monthName(int m) {
    return Month.of(m).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }
}
