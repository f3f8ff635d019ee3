package org.secsearch.indexer.enrich;

import java.util.Set;

/**
 * The words the place tagger reads around a name — division suffixes and prefixes, prepositions, incident
 * verbs, titles, given names, stop words — loaded once from the readable lists beside this class.
 */
final class PlaceCues {
  final Set<String> divisionSuffix;
  final Set<String> divisionNameSuffix;
  final Set<String> divisionPrefix;
  final Set<String> countryPrefix;
  final Set<String> placeIntro;
  final Set<String> preposition;
  final Set<String> locative;
  final Set<String> incident;
  final Set<String> title;
  final Set<String> featureSuffix;
  final Set<String> speech;
  final Set<String> nameParticle;
  final Set<String> featurePrefix;
  final Set<String> compass;
  final Set<String> notSurname;
  final Set<String> never;
  final Set<String> needsEvidence;
  final Set<String> givenNames;

  private PlaceCues() {
    WordLists cues = WordLists.load("place-cues.txt");
    divisionSuffix = cues.section("division-suffix");
    divisionNameSuffix = cues.section("division-name-suffix");
    divisionPrefix = cues.section("division-prefix");
    countryPrefix = cues.section("country-prefix");
    placeIntro = cues.section("place-intro");
    preposition = cues.section("preposition");
    locative = cues.section("locative");
    incident = cues.section("incident");
    title = cues.section("title");
    featureSuffix = cues.section("feature-suffix");
    speech = cues.section("speech");
    nameParticle = cues.section("name-particle");
    featurePrefix = cues.section("feature-prefix");
    compass = cues.section("compass");
    notSurname = cues.section("not-surname");
    WordLists stop = WordLists.load("place-stopwords.txt");
    never = stop.section("never");
    needsEvidence = stop.section("needs-evidence");
    givenNames = WordLists.load("given-names.txt").section("");
  }

  private static final class Holder {
    static final PlaceCues STANDARD = new PlaceCues();
  }

  /** The shared instance, loaded on first use. */
  static PlaceCues standard() {
    return Holder.STANDARD;
  }

  /**
   * Length in tokens of the phrase from {@code set} that starts at token {@code i} (longest wins, up to
   * three tokens), or 0 when none does.
   */
  static int phraseAt(Tokens t, int i, Set<String> set) {
    int found = 0;
    String phrase = t.key(i); // a word's own key has its hash cached
    for (int n = 0; ; ) {
      if (set.contains(phrase)) {
        found = n + 1;
      }
      if (++n == 3 || i + n >= t.size() || !t.joinable(i + n) || !WordLists.isPhraseHead(phrase)) {
        break;
      }
      phrase = phrase + " " + t.key(i + n);
    }
    return found;
  }

  /** Length in tokens of the phrase from {@code set} that ends at token {@code i} (up to three), or 0. */
  static int phraseEndingAt(Tokens t, int i, Set<String> set) {
    int found = 0;
    String phrase = t.key(i);
    for (int n = 0; ; ) {
      if (set.contains(phrase)) {
        found = n + 1;
      }
      if (++n == 3 || i - n < 0 || !t.joinable(i - n + 1) || !WordLists.isPhraseTail(phrase)) {
        break;
      }
      phrase = t.key(i - n) + " " + phrase;
    }
    return found;
  }
}
