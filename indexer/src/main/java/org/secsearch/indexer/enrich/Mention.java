package org.secsearch.indexer.enrich;

/**
 * Working state for one gazetteer name found in a report: its tokens, the candidate places, what the words
 * around it say, and (once resolved) the place chosen and the rule that chose it.
 */
final class Mention {
  /** Tokens of the name itself. */
  final int first;
  final int last;
  /** Tokens of the evidence, widened by a division suffix or prefix ("Aktobe Province", "Department of Cauca"). */
  int spanFirst;
  int spanLast;
  /** Candidate readings; narrowed by the rules. */
  PlaceName[] names;

  /** A division suffix or prefix is attached, so the name means a first-level division. */
  boolean divisionForm;
  /** Folded key of the whole span when a suffix or prefix is attached ("almaty region"), else null. */
  String spanKey;
  /** The gazetteer's readings of the whole span ("Almaty Region" is itself a division's name), or null. */
  PlaceName[] spanNames;
  /** The first words of a dateline ("ALMATY, March 3 —"). */
  boolean dateline;
  /** A preposition stands right before it ("in Split"). */
  boolean preposition;
  /** A containing place follows after a comma and agrees with one reading ("Gao, Mali"). */
  boolean container;
  /** A person's name by the given-name, title or surname rules. */
  boolean person;
  /** Names a neighbourhood, street, farm, building, river or outlet called after a place ("Florida neighborhood"). */
  boolean feature;
  /** In mixed case, a single word glued after a capitalised word that opens no sentence ("Albu Bali"). */
  boolean gluedMixed;
  /** In upper-case copy, a single word glued to another plain word, so maybe part of a person's name. */
  boolean glued;
  /** A short all-capitals word in mixed-case text: an acronym, not a place. */
  boolean acronym;
  /** The name is a word that never means a place when bare (months, "Centre"). */
  boolean never;
  /** The name is a common word, a name or very short, so it needs evidence. */
  boolean needsEvidence;
  /** Located by the text ("village of X in Y Province") rather than by the gazetteer. */
  boolean paired;

  /** The reading chosen, or null. */
  PlaceName chosen;
  /** Whether the mention stands as a place in this report. */
  boolean accepted;

  Mention(int first, int last, PlaceName[] names) {
    this.first = first;
    this.last = last;
    this.spanFirst = first;
    this.spanLast = last;
    this.names = names;
  }

  /** True when the name is one token (most ambiguity lives there). */
  boolean singleToken() {
    return first == last;
  }

  Place place() {
    return chosen == null ? null : chosen.place();
  }

  /** The rule name recorded on the tag, saying why this value was given. */
  String rule() {
    if (paired) {
      return "paired";
    }
    Place p = place();
    if (p.level() == Place.Level.ADMIN1 && divisionForm) {
      return "admin1-suffix";
    }
    if (chosen.kind() == PlaceName.Kind.ALIAS) {
      return "alias";
    }
    if (chosen.kind() == PlaceName.Kind.ALTERNATE) {
      return "alternate";
    }
    if (chosen.kind() == PlaceName.Kind.DEMONYM) {
      return "demonym";
    }
    return switch (p.level()) {
      case COUNTRY -> "country";
      case ADMIN1 -> "admin1";
      case PLACE -> p.admin1Id() == null ? "place" : "place→admin1";
    };
  }
}
