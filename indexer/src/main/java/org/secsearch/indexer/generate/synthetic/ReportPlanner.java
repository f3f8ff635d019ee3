package org.secsearch.indexer.generate.synthetic;

import java.time.LocalDate;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Decides the {@link Plan} of a report: a publication date spread evenly over 2010–2024, a setting and cast drawn
 * with realistic skew, an outlet and author, and a length between about 2 and 18 KB, most reports near 5 KB.
 */
final class ReportPlanner {
  static final LocalDate FIRST_DAY = LocalDate.of(2010, 1, 1);
  static final LocalDate LAST_DAY = LocalDate.of(2024, 12, 31);
  /** Body length in characters: log-normal around the median, cut to the range, so file sizes are 2–20 KB. */
  private static final double MEDIAN_CHARS = 5_000;
  private static final double LOG_SPREAD = 0.7;
  static final int MIN_CHARS = 2_200;
  static final int MAX_CHARS = 17_000;
  /** How often the outlet is drawn by rank rather than evenly (small outlets still publish). */
  private static final double OUTLET_EXPONENT = 0.7;

  private final Atlas atlas;
  private final Roster roster;
  private final Vocabulary vocabulary;
  private final ZipfPicker<Outlet> outlets;
  private final long days = LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay() + 1;

  ReportPlanner(Atlas atlas, Roster roster, Vocabulary vocabulary, List<Outlet> outlets) {
    this.atlas = atlas;
    this.roster = roster;
    this.vocabulary = vocabulary;
    this.outlets = ZipfPicker.of(outlets, OUTLET_EXPONENT);
  }

  Plan plan(int index, String format, RandomGenerator rnd) {
    LocalDate date = FIRST_DAY.plusDays(rnd.nextLong(days));
    LocalDate eventDate = date.minusDays(rnd.nextInt(7));
    Atlas.Scene scene = atlas.pick(rnd);
    Roster.Cast cast = roster.pick(scene.country().place().countryCode(), rnd);
    double chars = MEDIAN_CHARS * StrictMath.exp(normal(rnd) * LOG_SPREAD);
    int target = (int) Math.max(MIN_CHARS, Math.min(MAX_CHARS, chars));
    return new Plan(index, format, date, eventDate, outlets.pick(rnd), person(rnd), person(rnd), scene, cast,
        target);
  }

  /**
   * A standard normal draw as the sum of twelve uniforms minus six: plain arithmetic, so every JVM gets the same
   * value (Math's transcendental functions may differ in the last bit between JIT and interpreter).
   */
  static double normal(RandomGenerator rnd) {
    double sum = 0;
    for (int i = 0; i < 12; i++) {
      sum += rnd.nextDouble();
    }
    return sum - 6;
  }

  /** A full name from the vocabulary's given and family names. */
  String person(RandomGenerator rnd) {
    return vocabulary.pick("given_name", rnd) + " " + vocabulary.pick("family_name", rnd);
  }
}
