package org.secsearch.indexer.enrich;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the acronyms a document defines for itself: "Long Name (ACR)", "ACR (Long Name)", "ACR [Long Name]" and
 * "Long Name (native name – ACR)". The acronym then means that organization everywhere in the document. When the
 * long name is not in the authority file but is a well-formed organization name, it becomes a discovered one.
 */
final class AcronymDefinitions {
  private static final int MAX_BRACKET_WORDS = 12;

  private final NameDiscoverer discoverer;

  AcronymDefinitions(NameDiscoverer discoverer) {
    this.discoverer = discoverer;
  }

  /**
   * Fills {@code defined} (acronym key -> the mention it stands for) and returns the long forms it discovered;
   * {@code known} are the authority mentions found so far, {@code claimed} their words.
   */
  List<OrgMention> find(TextTokens t, List<OrgMention> known, boolean[] claimed, Map<String, OrgMention> defined) {
    Map<Integer, OrgMention> knownByEnd = new HashMap<>();
    Map<Integer, OrgMention> knownByStart = new HashMap<>();
    for (OrgMention m : known) {
      knownByEnd.put(m.to() - 1, m);
      knownByStart.put(m.from(), m);
    }
    List<OrgMention> discovered = new java.util.ArrayList<>();
    for (int i = 1; i < t.size(); i++) {
      if (!opensBracket(t, i)) {
        continue;
      }
      int j = closingWord(t, i);
      if (j < 0) {
        continue;
      }
      OrgMention found = null;
      int acrFrom = acronymStart(t, i, j);
      if (acrFrom >= 0) { // Long Name (ACR)
        int last = i - 1;
        String acronym = acronymText(t, acrFrom, j + 1);
        found = knownByEnd.get(last);
        if (found == null && !claimed[last]) {
          found = discoverer.nameEndingAt(t, claimed, alignedStart(t, claimed, acronym, last), last, acronym);
          if (found == null) {
            found = discoverer.nameEndingAt(t, claimed, -1, last, acronym);
          }
          addDiscovered(found, claimed, discovered);
        }
        define(defined, t, acrFrom, j + 1, found);
      } else {
        int acrTo = i;
        int b = i - 1;
        while (b > 0 && t.gap(b) == TextTokens.Gap.HYPHEN) {
          b--;
        }
        if (j > i && acronymLike(acronymText(t, b, acrTo)) && (b == 0 || t.gap(b) != TextTokens.Gap.HYPHEN)
            && !nameWordInCapitals(t, b, acrTo)) {
          int from = t.key(i).equals("the") ? i + 1 : i; // ELN [ARMY OF NATIONAL LIBERATION]
          found = knownByStart.get(from);
          if (found == null || found.to() != j + 1) {
            found = claimedAny(claimed, from, j + 1) ? null : discoverer.nameOver(t, from, j + 1, acronymText(t, b, acrTo));
            addDiscovered(found, claimed, discovered);
          }
          define(defined, t, b, acrTo, found);
        }
      }
    }
    return discovered;
  }

  /**
   * In ALL-CAPS copy, a single word before a bracketed name that is an ordinary word of organization names
   * ("POPULAR MOBILIZATION FORCES (HASHD AL-SHAABI)") is the end of that name, not an acronym the bracket defines.
   */
  private static boolean nameWordInCapitals(TextTokens t, int from, int to) {
    if (!t.upperCaseText() || to - from != 1) {
      return false;
    }
    NameWords words = NameWords.standard();
    String key = t.key(from);
    return words.in(NameWords.Section.HEAD, key) || words.in(NameWords.Section.GENERIC, key)
        || words.in(NameWords.Section.STOP, key) || words.in(NameWords.Section.CONNECTOR, key);
  }

  private static void addDiscovered(OrgMention m, boolean[] claimed, List<OrgMention> out) {
    if (m != null) {
      out.add(m);
      for (int k = m.from(); k < m.to(); k++) {
        claimed[k] = true;
      }
    }
  }

  private static boolean claimedAny(boolean[] claimed, int from, int to) {
    for (int k = from; k < to; k++) {
      if (claimed[k]) {
        return true;
      }
    }
    return false;
  }

  private static void define(Map<String, OrgMention> defined, TextTokens t, int from, int to, OrgMention meaning) {
    if (meaning != null) {
      defined.put(OrganizationAuthority.acronymKey(t, from, to), meaning);
    }
  }

  /** True when only an opening bracket (and spaces) stands between word i-1 and word i. */
  private static boolean opensBracket(TextTokens t, int i) {
    int brackets = 0;
    for (int k = t.end(i - 1); k < t.start(i); k++) {
      char c = t.text().charAt(k);
      if (c == '(' || c == '[') {
        brackets++;
      } else if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return brackets == 1;
  }

  /** The last word inside the bracket that opens before word i, or -1 when it does not close soon. */
  private static int closingWord(TextTokens t, int i) {
    for (int j = i; j < t.size() && j - i < MAX_BRACKET_WORDS; j++) {
      int gapEnd = j + 1 < t.size() ? t.start(j + 1) : t.text().length();
      for (int k = t.end(j); k < gapEnd; k++) {
        char c = t.text().charAt(k);
        if (c == ')' || c == ']') {
          return j;
        }
        if (c == '(' || c == '[' || c == '\n') {
          return -1;
        }
      }
    }
    return -1;
  }

  /** Where the acronym starts when the bracket [i, j] ends with one ("FMLN", "... – FSB"), else -1. */
  private static int acronymStart(TextTokens t, int i, int j) {
    int from = j;
    while (from > i && t.gap(from) == TextTokens.Gap.HYPHEN) {
      from--;
    }
    boolean wholeOrAfterSeparator = from == i || t.gap(from) == TextTokens.Gap.DASH
        || t.text().substring(t.end(from - 1), t.start(from)).contains(",");
    return wholeOrAfterSeparator && acronymLike(acronymText(t, from, j + 1)) ? from : -1;
  }

  private static String acronymText(TextTokens t, int from, int to) {
    return t.text().substring(t.start(from), t.end(to - 1));
  }

  /** Two to twelve letters or digits, starting with a capital, capitals at least as many as small letters. */
  static boolean acronymLike(String s) {
    int upper = 0;
    int lower = 0;
    int chars = 0;
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (Character.isUpperCase(c)) {
        upper++;
      } else if (Character.isLowerCase(c)) {
        lower++;
      } else if (!Character.isDigit(c) && !NameFolder.isHyphen(c)) {
        return false;
      }
      chars += Character.isLetterOrDigit(c) ? 1 : 0;
    }
    return chars >= 2 && chars <= 12 && upper >= 2 && upper >= lower && Character.isUpperCase(s.charAt(0));
  }

  /**
   * The word where the long form of {@code acronym} starts when the acronym's letters can be found in order in
   * the words before it, the first letter starting a word (Schwartz and Hearst's alignment); -1 when they cannot.
   */
  static int alignedStart(TextTokens t, boolean[] claimed, String acronym, int last) {
    String letters = acronym.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(java.util.Locale.ROOT);
    int window = Math.min(letters.length() + 5, letters.length() * 2);
    int first = last;
    while (first > 0 && last - first + 1 < window && !claimed[first - 1]
        && t.gap(first) != TextTokens.Gap.PUNCT && !t.sentenceStart(first)) {
      first--;
    }
    int li = letters.length() - 1;
    for (int w = last; w >= first && li >= 0; w--) {
      String word = t.raw(w).toLowerCase(java.util.Locale.ROOT);
      for (int c = word.length() - 1; c >= 0 && li >= 0; c--) {
        boolean needsWordStart = li == 0;
        if (word.charAt(c) == letters.charAt(li) && (!needsWordStart || c == 0)) {
          li--;
          if (li < 0) {
            return w;
          }
        }
      }
    }
    return -1;
  }
}
