package org.secsearch.indexer.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses what each found name means and whether it stands as a place, the way a careful reader would:
 * the document's other places set the country context, a bigger place beats a smaller namesake, a city
 * beats its own province of the same name, and common words, person names and minor foreign places need
 * evidence.
 */
final class MentionResolver {
  /** Below this population a place outside the document's countries needs evidence (a namesake is likely). */
  static final long MINOR_PLACE = 100_000;
  /**
   * In upper-case copy, where capitals cannot tell a name from a word or a surname ("LOPEZ", "NAVAS"), a
   * single-word place outside the document's countries needs evidence unless it is a capital or this big.
   */
  static final long MINOR_PLACE_UPPER_CASE = 1_000_000;

  /** Resolves all mentions of one report in place. */
  void resolve(Tokens t, List<Mention> mentions) {
    markContainers(t, mentions);
    Place[] own = new Place[mentions.size()];
    Map<String, Integer> context = anchors(t, mentions, own);
    String home = datelineCountry(mentions);
    for (int pass = 0; pass < 2; pass++) {
      for (int i = 0; i < mentions.size(); i++) {
        Mention m = mentions.get(i);
        m.chosen = choose(m, context, own[i]);
        m.accepted = accept(m, context, own[i], t.upperCase()) && !foreignNamesake(m, home, t.upperCase());
      }
      // Second pass: the context is what the first pass accepted, so one strong place can vouch for others.
      context = new HashMap<>();
      for (int i = 0; i < mentions.size(); i++) {
        Mention m = mentions.get(i);
        own[i] = m.accepted ? m.place() : null;
        vote(context, own[i]);
      }
    }
  }

  /**
   * "Gao, Mali", "Apopa, San Salvador Department", "SANTA FE (ARGENTINA)": keep the readings that lie inside
   * the next name, after a comma or in brackets.
   */
  private static void markContainers(Tokens t, List<Mention> mentions) {
    for (int i = 0; i + 1 < mentions.size(); i++) {
      Mention m = mentions.get(i);
      Mention next = mentions.get(i + 1);
      if (next.spanFirst != m.spanLast + 1 || !(t.commaBefore(next.spanFirst) || t.gapHas(next.spanFirst, '('))) {
        continue;
      }
      List<PlaceName> inside = new ArrayList<>();
      List<PlaceName> containers = new ArrayList<>();
      for (PlaceName a : m.names) {
        for (PlaceName b : next.names) {
          if (a.place() != b.place() && a.place().within(b.place()) && b.place().level() != Place.Level.PLACE) {
            if (!inside.contains(a)) {
              inside.add(a);
            }
            if (!containers.contains(b)) {
              containers.add(b);
            }
          }
        }
      }
      if (!inside.isEmpty()) {
        m.names = inside.toArray(PlaceName[]::new);
        m.container = true;
        next.names = containers.toArray(PlaceName[]::new);
      }
    }
  }

  /**
   * First context: the countries of names that stand on their own — accepted with no context at all — and
   * can only mean places in one country. Minor places never vouch for each other here.
   */
  private Map<String, Integer> anchors(Tokens t, List<Mention> mentions, Place[] own) {
    Map<String, Integer> context = new HashMap<>();
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      m.chosen = choose(m, Map.of(), null);
      if (!accept(m, Map.of(), null, t.upperCase())) {
        continue;
      }
      String country = m.chosen.place().countryCode();
      boolean single = m.dateline;
      if (!single) {
        single = true;
        for (PlaceName n : m.names) {
          single &= n.place().countryCode().equals(country);
        }
      }
      if (single) {
        own[i] = m.chosen.place();
        vote(context, own[i]);
      }
    }
    return context;
  }

  /** The best-scoring reading. */
  PlaceName choose(Mention m, Map<String, Integer> context, Place own) {
    boolean countryCandidate = false;
    for (PlaceName n : m.names) {
      countryCandidate |= n.place().level() == Place.Level.COUNTRY;
    }
    PlaceName best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (PlaceName n : m.names) {
      // A bare division name made by stripping "State"/"Province" never outranks a country ("Niger"), and a
      // bare division name is its seat's when the seat has the same name ("Aktobe" is the city).
      if (!m.divisionForm && ((n.kind() == PlaceName.Kind.CORE && countryCandidate) || seatAmong(m, n.place()))) {
        continue;
      }
      double s = score(m, n, support(context, n.place().countryCode(), own));
      if (s > bestScore || (s == bestScore && n.place().population() > best.place().population())) {
        best = n;
        bestScore = s;
      }
    }
    return countryOrNamesake(m, best, context, own);
  }

  /**
   * "Georgia": a country's name that is also a division's elsewhere means the division when the document is
   * about that other country (the U.S.) and nothing else in it points to the country itself.
   */
  private static PlaceName countryOrNamesake(Mention m, PlaceName best, Map<String, Integer> context, Place own) {
    if (best == null || best.place().level() != Place.Level.COUNTRY
        || support(context, best.place().countryCode(), own) > 0) {
      return best;
    }
    for (PlaceName n : m.names) {
      if (n.place().level() == Place.Level.ADMIN1 && n.kind() != PlaceName.Kind.CORE
          && support(context, n.place().countryCode(), own) > 0) {
        return n;
      }
    }
    return best;
  }

  /** True when {@code division} is a division and its seat is among the mention's readings. */
  private static boolean seatAmong(Mention m, Place division) {
    if (division.level() != Place.Level.ADMIN1) {
      return false;
    }
    for (PlaceName other : m.names) {
      Place p = other.place();
      if (p.level() == Place.Level.PLACE && p.seat() && division.id().equals(p.admin1Id())) {
        return true;
      }
    }
    return false;
  }

  /**
   * One scale for all readings: a place by the logarithm of its population (a capital a little more), a
   * bare division like a town of 100,000–150,000, a country or a division written as such above any place;
   * the document's countries add a fixed bonus, enough to prefer a namesake there but not to let a village
   * outrank a world capital.
   */
  private static double score(Mention m, PlaceName n, int support) {
    Place p = n.place();
    double s = switch (p.level()) {
      case COUNTRY -> 500;
      case ADMIN1 -> m.divisionForm ? 600 : n.kind() == PlaceName.Kind.CORE ? 250 : 260;
      case PLACE -> 50 * Math.log10(p.population() + 1.0) + (p.capital() ? 40 : 0);
    };
    if (n.kind() == PlaceName.Kind.ALTERNATE) {
      s -= 40;
    }
    if (support > 0) {
      s += 150;
    }
    if (m.spanKey != null && p.level() == Place.Level.ADMIN1 && m.spanNames != null && names(m.spanNames, p)) {
      s += 50; // "Almaty Region" written out: the division of that very name over the city-division "Almaty"
    }
    return s;
  }

  /** True when one of the names is a name of the place. */
  private static boolean names(PlaceName[] names, Place p) {
    for (PlaceName x : names) {
      if (x.place() == p) {
        return true;
      }
    }
    return false;
  }

  /** Whether the chosen reading stands: evidence rules for weak names. */
  private static boolean accept(Mention m, Map<String, Integer> context, Place own, boolean upperCase) {
    if (m.chosen == null) {
      return false;
    }
    if (m.dateline || m.paired) {
      return true;
    }
    if (m.person || m.acronym || m.never || m.feature) {
      return false;
    }
    Place p = m.chosen.place();
    boolean strong = m.divisionForm || m.container;
    boolean supported = support(context, p.countryCode(), own) > 0;
    String division = division(p);
    boolean divisionSupported = division != null && support(context, division, own) > 0;
    long minorBelow = upperCase && m.singleToken() ? MINOR_PLACE_UPPER_CASE : MINOR_PLACE;
    // A bare division name is minor when it is a stripped core ("San Miguel"), has namesakes elsewhere, or is
    // one word of upper-case copy ("MONO").
    boolean minor = (p.level() == Place.Level.PLACE && p.population() < minorBelow && !p.capital())
        || (p.level() == Place.Level.ADMIN1 && !m.divisionForm
            && (m.chosen.kind() == PlaceName.Kind.CORE || m.names.length > 1 || (upperCase && m.singleToken())));
    if (upperCase && (m.needsEvidence || (m.glued && minor))) {
      // Upper-case copy: a word, or a surname-like word glued to another ("ALVAREZ MARTINEZ"), stands only
      // when written as a division, placed after a comma, or backed by another name in the same division.
      return strong || divisionSupported;
    }
    if (m.needsEvidence && !(strong || supported || m.preposition)) {
      return false;
    }
    return !minor || supported || strong || m.preposition;
  }

  /** The country of the dateline's place, or null when the report has no dateline. */
  private static String datelineCountry(List<Mention> mentions) {
    for (Mention m : mentions) {
      if (m.dateline && m.chosen != null) {
        return m.chosen.place().countryCode();
      }
    }
    return null;
  }

  /**
   * A town outside the dateline's country, not big and not a capital, named without a container or a division
   * suffix ("SAN MARCOS", "MONTEBELLO" in a report from San Salvador): most likely a local village the
   * gazetteer lacks, so its foreign namesake is not taken — nor a place glued after a capitalised word in mixed
   * case ("Albu Bali"), which is the tail of a longer name. Other mentions of that country do not vouch for it:
   * a report from San Salvador that names the U.S. still means its own San Marcos.
   */
  private static boolean foreignNamesake(Mention m, String home, boolean upperCase) {
    Place p = m.place();
    if (home == null || p == null || m.dateline || m.paired || m.divisionForm || m.container
        || p.level() != Place.Level.PLACE || p.countryCode().equals(home) || p.capital()) {
      return false;
    }
    return m.gluedMixed || p.population() < (upperCase ? MINOR_PLACE_UPPER_CASE : MINOR_PLACE);
  }

  /** The division a place lies in (itself for a division), or null. */
  private static String division(Place p) {
    return p.level() == Place.Level.ADMIN1 ? p.id() : p.admin1Id();
  }

  /** Adds a place's vote for its country and its division to the context. */
  private static void vote(Map<String, Integer> context, Place p) {
    if (p != null) {
      context.merge(p.countryCode(), 1, Integer::sum);
      String division = division(p);
      if (division != null) {
        context.merge(division, 1, Integer::sum);
      }
    }
  }

  /** Other mentions' support for a country or division code: its context count without the mention's own vote. */
  private static int support(Map<String, Integer> context, String code, Place own) {
    int n = context.getOrDefault(code, 0);
    return own != null && (code.equals(own.countryCode()) || code.equals(division(own))) ? n - 1 : n;
  }
}
