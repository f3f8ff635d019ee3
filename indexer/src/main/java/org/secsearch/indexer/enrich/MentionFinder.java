package org.secsearch.indexer.enrich;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds gazetteer names in a tokenized report (longest match over token n-grams, hash lookups only) and
 * notes what the words around each say: division suffix or prefix, preposition, dateline, person, acronym.
 */
final class MentionFinder {
  /** What follows the first place of a dateline: a date, an optional source in brackets, then a dash. */
  private static final Pattern DATELINE_TAIL = Pattern.compile(
      "[ \\t]*(?:,[ \\t]*\\p{L}[\\p{L} ]{1,25})?"
          + "(?:,[ \\t]*(?:\\d{1,2}[ \\t]+\\p{L}{3,9}\\.?|\\p{L}{3,9}\\.?[ \\t]+\\d{1,2}\\b)"
          + "|[ \\t]*(?:\\([^)\\n]{1,60}\\)[ \\t]*)?(?:--|—|–))");
  /** Datelines stand in a report's first lines. */
  private static final int DATELINE_WITHIN = 400;
  /** How many tokens back a plural feature word ("neighborhoods") reaches over its list of names. */
  private static final int LIST_REACH = 24;

  private final Gazetteer gazetteer;
  private final PlaceCues cues;

  MentionFinder(Gazetteer gazetteer, PlaceCues cues) {
    this.gazetteer = gazetteer;
    this.cues = cues;
  }

  /** All names in the text, left to right, the longest at each position, with their context noted. */
  List<Mention> find(Tokens t) {
    List<Mention> found = new ArrayList<>();
    boolean upper = t.upperCase();
    StringBuilder sb = new StringBuilder(64);
    KeyAnswers startsName = new KeyAnswers(t.distinctKeys(), gazetteer::isPrefix);
    PlaceName[][] singleNames = new PlaceName[t.distinctKeys()][]; // per token key: its names, once asked
    for (int i = 0; i < t.size(); i++) {
      // In mixed-case prose a name starts with a capital; upper-case wire copy gives no such signal.
      if (!upper && t.shape(i) != Tokens.Shape.TITLE && t.shape(i) != Tokens.Shape.UPPER) {
        continue;
      }
      int id = t.wordId(i);
      if (!startsName.test(id, t.key(i))) {
        continue;
      }
      sb.setLength(0);
      sb.append(t.key(i));
      int hash = t.key(i).hashCode();
      int best = -1;
      PlaceName[] bestNames = null;
      for (int j = i; j < t.size() && j - i < gazetteer.maxTokens(); j++) {
        PlaceName[] names;
        if (j == i) {
          if (singleNames[id] == null) {
            singleNames[id] = gazetteer.names(t.key(i)); // once per distinct word of the text
          }
          names = singleNames[id];
        } else {
          if (!t.joinable(j)) {
            break;
          }
          int from = sb.length();
          sb.append(' ').append(t.key(j));
          hash = StringHash.extend(hash, sb, from, sb.length()); // the n-gram's hash, without its String
          if (!gazetteer.mayBePrefix(hash)) {
            break; // most n-grams start no name: answered before the n-gram's key is built
          }
          String gram = sb.toString();
          if (!gazetteer.isPrefix(gram)) {
            break;
          }
          names = gazetteer.names(gram);
        }
        names = usable(names, t, i, j);
        if (names.length > 0) {
          best = j;
          bestNames = names;
        }
      }
      if (best >= 0) {
        found.add(new Mention(i, best, bestNames));
        i = best;
      }
    }
    for (int m = 0; m < found.size(); m++) {
      annotate(t, found, m);
    }
    rememberSurnames(t, found);
    markDateline(t, found);
    markFeatures(t, found);
    return found;
  }

  /**
   * Drops readings the writing rules out: capitals-only aliases not written in capitals ("Usa"), and in
   * upper-case copy single-word GeoNames alternates, which there collide with words ("PART", "HUMAN").
   */
  private static PlaceName[] usable(PlaceName[] names, Tokens t, int i, int j) {
    boolean anyUpperOnly = false;
    boolean anyAlternate = false;
    for (PlaceName n : names) {
      anyUpperOnly |= n.upperOnly();
      anyAlternate |= n.kind() == PlaceName.Kind.ALTERNATE;
    }
    if (anyAlternate && t.upperCase() && i == j) {
      names = Arrays.stream(names).filter(n -> n.kind() != PlaceName.Kind.ALTERNATE)
          .toArray(PlaceName[]::new);
    }
    if (!anyUpperOnly) {
      return names;
    }
    boolean writtenUpper = true;
    for (int k = i; k <= j; k++) {
      writtenUpper &= t.shape(k) == Tokens.Shape.UPPER;
    }
    // In upper-case copy "US" is as likely the pronoun: two-letter capitals aliases need mixed case.
    boolean allowed = t.upperCase() ? (i != j || t.key(i).length() > 2) : writtenUpper;
    return allowed ? names : Arrays.stream(names).filter(n -> !n.upperOnly()).toArray(PlaceName[]::new);
  }

  private void annotate(Tokens t, List<Mention> all, int index) {
    Mention m = all.get(index);
    Mention previous = index > 0 ? all.get(index - 1) : null;
    attachSuffix(t, m, previous);
    attachPrefix(t, m);
    if (m.divisionForm) {
      m.spanKey = key(t, m.spanFirst, m.spanLast);
      m.spanNames = gazetteer.names(m.spanKey);
    }
    String key = key(t, m.first, m.last);
    String bare = !m.singleToken() && cues.divisionSuffix.contains(t.key(m.last)) ? key(t, m.first, m.last - 1) : key;
    m.preposition = m.spanFirst > 0 && t.plainGap(m.spanFirst) && cues.preposition.contains(t.key(m.spanFirst - 1));
    // In upper-case copy even a suffix cannot make a plain word a division ("THE EASTERN REGIONS").
    m.never = (!m.divisionForm || t.upperCase()) && (cues.never.contains(key) || cues.never.contains(bare));
    boolean upperOnlyName = false;
    for (PlaceName n : m.names) {
      upperOnlyName |= n.upperOnly();
    }
    m.needsEvidence = cues.needsEvidence.contains(key) || (m.singleToken() && key.length() <= 3 && !upperOnlyName);
    m.acronym = !t.upperCase() && m.singleToken() && t.shape(m.first) == Tokens.Shape.UPPER
        && key.length() <= 4 && !upperOnlyName;
    m.person = !m.divisionForm && (personBefore(t, m, previous) || personAfter(t, m) || speakerAfter(t, m));
    m.glued = t.upperCase() && m.singleToken() && m.first > 0 && t.plainGap(m.first)
        && nameWord(t, m.first - 1, previous);
    m.gluedMixed = !t.upperCase() && m.singleToken() && partOfLongerName(t, m, previous);
    boolean listed = cues.never.contains(key) || cues.never.contains(bare) || m.needsEvidence;
    if (listed && !t.upperCase() && partOfLongerName(t, m, previous)) {
      m.never = true; // "European Union", "Islamic State Sahel Province": the tail of another name
    }
    if (!t.upperCase() && particleAfter(t, m)) {
      m.never = true; // "Adrar des Ifoghas": the head of another name
    }
    if (!t.upperCase() && compassBefore(t, m, previous)) {
      m.never = true; // "North Eastern Province": another region than "Eastern Province"
    }
  }

  /** "Aktobe Province", "Qaraghandy region", "Usulutan and Morazan departments". */
  private void attachSuffix(Tokens t, Mention m, Mention previous) {
    // The suffix may be part of the gazetteer name itself ("Chalatenango Department", "Niger State").
    int prefix = PlaceCues.phraseAt(t, m.first, cues.divisionPrefix);
    if (!m.singleToken() && (cues.divisionSuffix.contains(t.key(m.last)) || (prefix > 0 && prefix <= m.last - m.first))) {
      restrictToDivisions(m);
    }
    int next = m.last + 1;
    if (next >= t.size() || !t.joinable(next)) {
      return;
    }
    int k = PlaceCues.phraseAt(t, next, cues.divisionSuffix);
    if (k == 0) {
      return;
    }
    // A country name with a lower-case "state" after it is usually prose ("Georgia state television").
    if (hasLevel(m, Place.Level.COUNTRY) && !t.capitalised(next)) {
      return;
    }
    if (restrictToDivisions(m)) {
      m.spanLast = m.last + k;
      String suffix = t.key(next);
      boolean plural = suffix.endsWith("s") && cues.divisionSuffix.contains(suffix.substring(0, suffix.length() - 1));
      if (plural && previous != null && previous.spanLast < m.first && onlyConjunctionsBetween(t, previous, m)) {
        restrictToDivisions(previous);
      }
    }
  }

  /**
   * "Republic of Kazakhstan" (a country, when the name can be one), "Department of Cauca", "Provincia de Loja",
   * "Republic of Dagestan" (a division).
   */
  private void attachPrefix(Tokens t, Mention m) {
    if (m.first == 0 || m.divisionForm || !t.plainGap(m.first)) {
      return;
    }
    int k = PlaceCues.phraseEndingAt(t, m.first - 1, cues.countryPrefix);
    if (k > 0 && hasLevel(m, Place.Level.COUNTRY)) {
      m.names = Arrays.stream(m.names).filter(n -> n.place().level() == Place.Level.COUNTRY).toArray(PlaceName[]::new);
      m.spanFirst = m.first - k;
      return;
    }
    k = PlaceCues.phraseEndingAt(t, m.first - 1, cues.divisionPrefix);
    if (k > 0 && restrictToDivisions(m)) {
      m.spanFirst = m.first - k;
    }
  }

  /** Keeps only division readings and marks the division form; false (and no change) when there are none. */
  private static boolean restrictToDivisions(Mention m) {
    PlaceName[] kept = Arrays.stream(m.names).filter(n -> n.place().level() == Place.Level.ADMIN1)
        .toArray(PlaceName[]::new);
    if (kept.length == 0) {
      return false;
    }
    m.names = kept;
    m.divisionForm = true;
    return true;
  }

  private static boolean hasLevel(Mention m, Place.Level level) {
    for (PlaceName n : m.names) {
      if (n.place().level() == level) {
        return true;
      }
    }
    return false;
  }

  private static boolean onlyConjunctionsBetween(Tokens t, Mention a, Mention b) {
    for (int k = a.spanLast + 1; k < b.first; k++) {
      if (!t.key(k).equals("and") && !t.key(k).equals("or")) {
        return false;
      }
    }
    return true;
  }

  /**
   * "Michael Jordan", "President Karimov", "Gen. Chad": a given name or a title right before the name (the
   * given name may itself be a one-word place, as "Michael" is on the Isle of Man).
   */
  private boolean personBefore(Tokens t, Mention m, Mention previous) {
    int p = m.first - 1;
    if (p < 0 || !t.joinable(m.first) || !t.capitalised(p)
        || (previous != null && previous.spanLast >= p && !previous.singleToken())) {
      return false;
    }
    if (cues.givenNames.contains(t.key(p)) || PlaceCues.phraseEndingAt(t, p, cues.title) > 0) {
      return true;
    }
    // "JUAN GOMEZ MARTINEZ": a given name, a surname, then the name, all in one run of name words
    return p > 0 && t.joinable(p) && t.capitalised(p - 1) && cues.givenNames.contains(t.key(p - 1))
        && !cues.notSurname.contains(t.key(p)) && !cues.preposition.contains(t.key(p));
  }

  /** True when a capitalised compass word is glued before a name that can only be a division. */
  private boolean compassBefore(Tokens t, Mention m, Mention previous) {
    int p = m.spanFirst - 1;
    return p >= 0 && t.joinable(m.spanFirst) && t.capitalised(p) && cues.compass.contains(t.key(p))
        && (previous == null || previous.spanLast < p || previous.spanFirst == p) // "North" may be a name itself
        && Arrays.stream(m.names).allMatch(x -> x.place().level() == Place.Level.ADMIN1);
  }

  /**
   * "MAGISTRATE CARLOS VALENCIA GARCIA … VALENCIA WAS INVESTIGATING": a one-word name read as part of a person's
   * name is that person's everywhere in the report, unless it can be a country, carries a division suffix, or
   * stands after a preposition ("IN VALENCIA").
   */
  private static void rememberSurnames(Tokens t, List<Mention> found) {
    java.util.Set<String> surnames = new java.util.HashSet<>();
    for (Mention m : found) {
      if (m.person && m.singleToken()) {
        surnames.add(t.key(m.first));
      }
    }
    if (surnames.isEmpty()) {
      return;
    }
    for (Mention m : found) {
      if (!m.person && m.singleToken() && !m.divisionForm && !m.preposition && surnames.contains(t.key(m.first))
          && Arrays.stream(m.names).noneMatch(x -> x.place().level() == Place.Level.COUNTRY)) {
        m.person = true;
      }
    }
  }

  /** True when a lower-case name particle and a capitalised word follow the name ("Adrar des Ifoghas"). */
  private boolean particleAfter(Tokens t, Mention m) {
    int n = m.spanLast + 1;
    return n + 1 < t.size() && t.plainGap(n) && t.plainGap(n + 1) && t.shape(n) == Tokens.Shape.LOWER
        && cues.nameParticle.contains(t.key(n)) && t.capitalised(n + 1);
  }

  /** "MORALES SAID": a one-word name that is no country or capital, followed by a verb of speaking. */
  private boolean speakerAfter(Tokens t, Mention m) {
    int n = m.last + 1;
    if (!m.singleToken() || n >= t.size() || !t.plainGap(n) || !cues.speech.contains(t.key(n))) {
      return false;
    }
    return Arrays.stream(m.names).noneMatch(x -> x.place().level() == Place.Level.COUNTRY || x.place().capital());
  }

  /**
   * "La Union neighborhood", "Nariño Palace", "Gulf of Aden": a name right after a feature prefix or before a
   * feature word names that feature; before a
   * plural ("neighborhoods") every name of the list it closes does ("the Florida, and Peralta neighborhoods").
   */
  private void markFeatures(Tokens t, List<Mention> found) {
    if (found.isEmpty()) {
      return;
    }
    for (Mention m : found) {
      m.feature |= m.spanFirst > 0 && t.plainGap(m.spanFirst)
          && PlaceCues.phraseEndingAt(t, m.spanFirst - 1, cues.featurePrefix) > 0; // "the Gulf of Aden"
    }
    KeyAnswers featureSuffix = new KeyAnswers(t.distinctKeys(), cues.featureSuffix::contains);
    for (int w = 1; w < t.size(); w++) {
      String word = t.key(w);
      if (!featureSuffix.test(t.wordId(w), word) || !t.plainGap(w)) { // "Hiiraan\nOnline" across a line wrap too
        continue;
      }
      boolean plural = word.endsWith("s") && cues.featureSuffix.contains(word.substring(0, word.length() - 1));
      int from = w - 1;
      while (plural && from > 0 && w - from < LIST_REACH && !t.sentenceStart(from)
          && (t.joinable(from) || t.commaBefore(from)) && listWord(t, from - 1)) {
        from--;
      }
      for (Mention m : found) {
        if (m.spanLast == w - 1 || (plural && m.spanFirst >= from && m.spanLast < w)) {
          m.feature = true;
        }
      }
    }
  }

  /** A word that may stand in a list of names: "and"/"or", or a name word that is no function or cue word. */
  private boolean listWord(Tokens t, int i) {
    String key = t.key(i);
    return key.equals("and") || key.equals("or") || (t.capitalised(i) && !cues.notSurname.contains(key)
        && !cues.preposition.contains(key) && !cues.placeIntro.contains(key) && !cues.incident.contains(key));
  }

  /**
   * "Chad Smith", "SALVADOR SANCHEZ": a name that is also a given name, then a surname-like word —
   * capitalised in mixed case; in upper-case copy any word but a function word, and never for a country.
   */
  private boolean personAfter(Tokens t, Mention m) {
    int n = m.last + 1;
    if (!m.singleToken() || n >= t.size() || !t.plainGap(n) || !cues.givenNames.contains(t.key(m.first))) {
      return false;
    }
    if (t.upperCase() ? hasLevel(m, Place.Level.COUNTRY) : t.shape(n) != Tokens.Shape.TITLE) {
      return false;
    }
    String next = t.key(n);
    return next.length() >= 2 && !cues.notSurname.contains(next) && !cues.divisionSuffix.contains(next);
  }

  /**
   * In upper-case copy, true when token {@code i} before a name could be part of the same person's name
   * ("ALVAREZ MARTINEZ", "EMILIO PONCE"): a plain word that is no function or cue word and does not end like
   * an English verb or adverb ("ATTACKED", "KILLING", "RECENTLY").
   */
  private boolean nameWord(Tokens t, int i, Mention previous) {
    if (i < 0 || i >= t.size() || (previous != null && previous.spanLast >= i)) {
      return false;
    }
    String key = t.key(i);
    if (key.length() > 4 && (key.endsWith("ed") || key.endsWith("ing") || key.endsWith("ly"))) {
      return false;
    }
    return Character.isLetter(key.charAt(0)) && key.length() > 1 && !cues.notSurname.contains(key)
        && !cues.preposition.contains(key) && !cues.title.contains(key) && !cues.incident.contains(key)
        && !cues.placeIntro.contains(key) && !cues.divisionSuffix.contains(key) && !cues.locative.contains(key);
  }

  /** True when a capitalised word not opening a sentence is glued before the name ("European Union"). */
  private static boolean partOfLongerName(Tokens t, Mention m, Mention previous) {
    int p = m.spanFirst - 1;
    return p >= 0 && t.joinable(m.spanFirst) && t.capitalised(p) && !t.sentenceStart(p)
        && (previous == null || previous.spanLast < p);
  }

  /** The first name on one of the first lines, followed by a date or a dash, opens a dateline. */
  private static void markDateline(Tokens t, List<Mention> found) {
    for (Mention m : found) {
      if (t.start(m.spanFirst) > DATELINE_WITHIN) {
        return;
      }
      if (t.lineStart(m.spanFirst)) {
        Matcher matcher = DATELINE_TAIL.matcher(t.text()).region(t.end(m.spanLast), t.text().length());
        if (matcher.lookingAt()) {
          m.dateline = true;
          return;
        }
      }
    }
  }

  /** The folded key of tokens first..last. */
  static String key(Tokens t, int first, int last) {
    if (first == last) {
      return t.key(first);
    }
    StringBuilder sb = new StringBuilder();
    for (int k = first; k <= last; k++) {
      if (k > first) {
        sb.append(' ');
      }
      sb.append(t.key(k));
    }
    return sb.toString();
  }
}
