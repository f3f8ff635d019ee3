package org.secsearch.indexer.enrich;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A date known to the year, the month or the day, as analysts meet them ("2011", "July 2011", "11 July 2011").
 * Month and day are 0 when unknown; ISO text keeps the precision: {@code 2011}, {@code 2011-07}, {@code 2011-07-11}.
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {
  public PartialDate {
    if (year < 1 || year > 9999) throw new IllegalArgumentException("year out of range: " + year);
    if (month < 0 || month > 12) throw new IllegalArgumentException("month out of range: " + month);
    if (day != 0) LocalDate.of(year, month, day); // validates the day for that month
  }

  public static PartialDate of(LocalDate d) {
    return new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
  }

  /** Parses {@code yyyy}, {@code yyyy-mm} or {@code yyyy-mm-dd}; throws IllegalArgumentException otherwise. */
  public static PartialDate parse(String iso) {
    String[] p = iso.trim().split("-");
    try {
      return switch (p.length) {
        case 1 -> new PartialDate(Integer.parseInt(p[0]), 0, 0);
        case 2 -> new PartialDate(Integer.parseInt(p[0]), Integer.parseInt(p[1]), 0);
        case 3 -> new PartialDate(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
        default -> throw new IllegalArgumentException("not an ISO date: " + iso);
      };
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not an ISO date: " + iso, e);
    }
  }

  public String iso() {
    if (month == 0) return String.format("%04d", year);
    if (day == 0) return String.format("%04d-%02d", year, month);
    return String.format("%04d-%02d-%02d", year, month, day);
  }

  /** First day of the period, for range filters and sorting. */
  public LocalDate start() {
    return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
  }

  /** Last day of the period. */
  public LocalDate end() {
    if (month == 0) return LocalDate.of(year, 12, 31);
    if (day == 0) return YearMonth.of(year, month).atEndOfMonth();
    return start();
  }

  /** Facet path: year, then two-digit month where known ({@code ["2011", "07"]}). */
  public String[] facetPath() {
    return month == 0 ? new String[] {String.format("%04d", year)}
        : new String[] {String.format("%04d", year), String.format("%02d", month)};
  }

  @Override
  public int compareTo(PartialDate o) {
    int c = start().compareTo(o.start());
    return c != 0 ? c : Integer.compare(precision(), o.precision());
  }

  private int precision() {
    return month == 0 ? 0 : day == 0 ? 1 : 2;
  }

  @Override
  public String toString() {
    return iso();
  }
}
