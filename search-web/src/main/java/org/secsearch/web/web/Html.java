package org.secsearch.web.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.secsearch.web.search.FacetValue;

/** Small formatting functions the templates call: numbers, times, element ids. */
public final class Html {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'")
      .withZone(ZoneOffset.UTC);

  private Html() {}

  public static String count(long n) {
    return String.format("%,d", n);
  }

  /** "1 report", "12 reports". */
  public static String reports(long n) {
    return count(n) + (n == 1 ? " report" : " reports");
  }

  public static String time(Instant t) {
    return t == null ? "" : TIME.format(t);
  }

  /** A stable element id for a facet value's checkbox, unique within the page. */
  public static String id(FacetValue v) {
    return "f-" + v.dim().key + "-" + Integer.toHexString(v.path().hashCode());
  }
}
