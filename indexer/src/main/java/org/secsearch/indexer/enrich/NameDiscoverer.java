package org.secsearch.indexer.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.secsearch.indexer.enrich.NameWords.Section;

/**
 * Reads organization names the authority file does not know: a phrase of capitalised words with an organizational
 * head word ("Lautaro Youth Front", "Special Task Force"). Conservative by design, since a wrong facet value costs
 * more than a missing one: 2-8 words, no leading determiner or stance ("the banned", "leftist"), no
 * sentence-initial ordinary word, not a title line, not a name of the authority file, and a two-word name needs a
 * word that identifies (not "National Army"). In ALL-CAPS text only the long forms of defined acronyms qualify.
 */
final class NameDiscoverer {
  static final String RULE = "discovered";
  private static final int MAX_WORDS = 8;
  private static final int MAX_TAIL = 4;

  private final NameWords words;
  private final java.util.function.Predicate<String> knownName;

  /** {@code knownName} tells whether a folded name is an alias of the authority file. */
  NameDiscoverer(NameWords words, java.util.function.Predicate<String> knownName) {
    this.words = words;
    this.knownName = knownName;
  }

  /**
   * Names over words not yet claimed by other rules. None in ALL-CAPS text: there nothing tells "ATLACATL
   * BATTALION" from "ENEMY BATTALION" without a dictionary, so only acronym definitions discover names there.
   */
  List<OrgMention> discover(TextTokens t, boolean[] claimed) {
    List<OrgMention> out = new ArrayList<>();
    if (t.upperCaseText()) {
      return out;
    }
    boolean[] titleLine = null;
    for (int h = 0; h < t.size(); h++) {
      if (claimed[h] || !t.capitalized(h) || !isHead(t, h)) { // the cheap test first: most words are lower case
        continue;
      }
      if (titleLine == null) { // built on the first candidate: most texts have few
        titleLine = titleLines(t);
      }
      if (titleLine[h]) {
        continue;
      }
      OrgMention m = mixedCaseName(t, claimed, h);
      if (m != null) {
        out.add(m);
        for (int i = m.from(); i < m.to(); i++) {
          claimed[i] = true;
        }
        h = m.to() - 1;
      }
    }
    return out;
  }

  /**
   * A well-formed name whose last word is {@code last} (the word before "(ACR)"). With {@code from} >= 0 (an
   * alignment of the acronym's letters) the name starts there; otherwise it is read leftwards through capitalised
   * words and their connectors (in ALL-CAPS text: up to a function word, then cut to the shortest tail whose
   * initials hold every letter of the acronym, as translated names reorder words: MNR = National Revolutionary
   * Movement). Every letter of the acronym must then start a word of the name.
   */
  OrgMention nameEndingAt(TextTokens t, boolean[] claimed, int from, int last, String acronym) {
    if (from >= 0) {
      return wellFormed(t, from, last + 1); // the letters aligned in order: that is evidence enough (MORENA)
    }
    {
      from = last;
      while (from > 0 && last - from < MAX_WORDS + 4 && !boundary(t, claimed, from - 1, from)) {
        int l = from - 1;
        boolean inside = t.upperCaseText() ? !stopWord(t, l) && !verbLike(t, l) : nameWord(t, l);
        if (!inside && connector(t, l) && !t.key(l).equals("and") && l > 0 && !boundary(t, claimed, l - 1, l)
            && (isHead(t, l - 1) || !t.upperCaseText() && (nameWord(t, l - 1) || connector(t, l - 1)))) {
          inside = true; // "FORCES OF LIBERATION", "Front for the Liberation of Palestine"
        }
        if (!inside) {
          break;
        }
        from = l;
      }
      if (t.upperCaseText()) {
        int start = from;
        from = -1;
        for (int k = last; k >= start && from < 0; k--) {
          if (!connector(t, k) && hasInitials(t, k, last + 1, acronym)) {
            from = k;
          }
        }
        if (from < 0) {
          return null;
        }
      }
    }
    OrgMention m = wellFormed(t, from, last + 1);
    return m != null && hasInitials(t, m.from(), m.to(), acronym) ? m : null;
  }

  /** True when every letter of the acronym starts a word of [from, to), in any order. */
  private boolean hasInitials(TextTokens t, int from, int to, String acronym) {
    StringBuilder initials = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (!connector(t, k)) {
        initials.append(Character.toLowerCase(t.raw(k).charAt(0)));
      }
    }
    for (char c : acronym.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
      if (Character.isLetter(c) && initials.indexOf(String.valueOf(c)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** The span [from, to) as the long form of {@code acronym} ("ACR (Long Name)") if well formed, or null. */
  OrgMention nameOver(TextTokens t, int from, int to, String acronym) {
    OrgMention m = wellFormed(t, from, to);
    return m != null && hasInitials(t, m.from(), m.to(), acronym) ? m : null;
  }

  private static boolean boundary(TextTokens t, boolean[] claimed, int left, int right) {
    return claimed[left] || t.gap(right) == TextTokens.Gap.PUNCT || t.gap(right) == TextTokens.Gap.DASH
        || t.sentenceStart(right);
  }

  /** A word that can stand in a name left of its head: capitalised, an article, or hyphen-attached (Co-operation). */
  private boolean nameWord(TextTokens t, int i) {
    return t.capitalized(i) && !possessiveOfPlace(t, i) || t.article(i)
        || i + 1 < t.size() && t.gap(i + 1) == TextTokens.Gap.HYPHEN && t.capitalized(i + 1)
        || t.gap(i) == TextTokens.Gap.HYPHEN && i > 0 && t.capitalized(i - 1);
  }

  /** "Kazakhstan's National Security Committee": a possessive proper name is the owner, not part of the name. */
  private boolean possessiveOfPlace(TextTokens t, int i) {
    boolean possessive = t.end(i) - t.start(i) > t.rawLength(i);
    return possessive && !words.in(Section.GENERIC, t.key(i));
  }

  private OrgMention mixedCaseName(TextTokens t, boolean[] claimed, int h) {
    if (!t.capitalized(h)) {
      return null; // "the police said": a common noun
    }
    int from = h;
    while (from > 0 && h - from < MAX_WORDS && !boundary(t, claimed, from - 1, from) && nameWord(t, from - 1)) {
      from--;
    }
    if (from < h && t.sentenceStart(from) && writtenLowerCase(t, t.key(from))) {
      from++; // "Opposition Party leaders..." at a sentence start: the first word is only capitalised there
    }
    // A tail introduced by a connector and ending on a capitalised word: "Movement of Uzbekistan".
    int to = h + 1;
    int run = 0; // capitalised words since the last connector
    for (int k = h + 1; k < t.size() && k - h <= MAX_TAIL && !boundary(t, claimed, k - 1, k); k++) {
      if (connector(t, k)) {
        run = 0;
        continue;
      }
      boolean afterConnector = connector(t, k - 1);
      boolean attached = t.gap(k) == TextTokens.Gap.HYPHEN && to == k;
      // "Commission for Religious Affairs", "of the Russian Federation": a connector's object may be two words
      boolean second = run == 1 && to == k && t.capitalized(k) && !t.upperCaseText();
      if (!(afterConnector && t.capitalized(k) || attached || second || isHead(t, k) && t.capitalized(k))) {
        break;
      }
      run = afterConnector ? 1 : run + 1;
      to = k + 1;
    }
    return wellFormed(t, from, to);
  }

  /** The checks every discovered name passes. */
  private OrgMention wellFormed(TextTokens t, int from, int to) {
    while (from < to && (connector(t, from) || determiner(t, from) || descriptor(t, from))) {
      from++;
    }
    while (to > from && connector(t, to - 1)) {
      to--;
    }
    int content = 0;
    int identifying = 0;
    boolean head = false;
    for (int i = from; i < to; i++) {
      if (i + 1 < to && t.key(i).equals("and") && t.key(i + 1).equals("the")) {
        return null; // "PCCH AND THE CHRISTIAN DEMOCRATIC PARTY": two names, not one
      }
      if (connector(t, i)) {
        continue;
      }
      if (!t.upperCaseText() && !nameWord(t, i)) {
        return null; // a lower-case word: a description ("the Russian security service"), not a name
      }
      content++;
      boolean isHead = isHead(t, i);
      head |= isHead;
      if (!isHead && !words.in(Section.GENERIC, t.key(i)) && CountryNames.get().iso(t.raw(i)) == null
          && !Character.isDigit(t.raw(i).charAt(0))) { // "6th Infantry Brigade" names no one without a country
        identifying++;
      }
    }
    if (!head || content < 2 || content > MAX_WORDS) {
      return null;
    }
    if (identifying == 0 && (content == 2 || t.upperCaseText())) {
      return null; // "National Army", "NATIONAL POLICE (PN)": a description, not a name
    }
    String key = OrganizationAuthority.aliasKey(t.text().substring(t.start(from), t.end(to - 1)));
    if (words.in(Section.NOT_ORG, key) || knownName.test(key)) {
      return null; // a name of the authority file that the context could not decide stays undecided
    }
    return new OrgMention(from, to, null, display(t, from, to), RULE);
  }

  /** The name as written with spaces normalised; ALL-CAPS names in title case ("Lautaro Youth Front"). */
  String display(TextTokens t, int from, int to) {
    String written = t.text().substring(t.start(from), t.end(to - 1)).replaceAll("\\s+", " ");
    if (!t.upperCaseText()) {
      return written;
    }
    StringBuilder b = new StringBuilder(written.length());
    for (int i = from; i < to; i++) {
      if (i > from) {
        b.append(t.text(), t.end(i - 1), t.start(i));
      }
      String raw = t.text().substring(t.start(i), t.end(i)).toLowerCase(Locale.ROOT);
      boolean small = i > from && connector(t, i);
      b.append(small ? raw : Character.toUpperCase(raw.charAt(0)) + raw.substring(1));
    }
    return b.toString().replaceAll("\\s+", " ");
  }

  boolean isHead(TextTokens t, int i) {
    return words.in(Section.HEAD, t.key(i));
  }

  private boolean connector(TextTokens t, int i) {
    return t.article(i) || words.in(Section.CONNECTOR, t.key(i)) && (t.upperCaseText() || !t.capitalized(i));
  }

  /** "the banned", "leftist", "pro-Castro": a stance in front of a name is not part of it. */
  private boolean descriptor(TextTokens t, int i) {
    return words.in(Section.DESCRIPTOR, t.key(i))
        || i > 0 && t.gap(i) == TextTokens.Gap.HYPHEN && words.in(Section.DESCRIPTOR, t.key(i - 1));
  }

  private boolean determiner(TextTokens t, int i) {
    return words.in(Section.DETERMINER, t.key(i));
  }

  private boolean stopWord(TextTokens t, int i) {
    return words.in(Section.STOP, t.key(i)) || determiner(t, i);
  }

  /** Past participles, gerunds and adverbs end a name read leftwards in ALL-CAPS text (ATTACKED ARMY POSTS). */
  private boolean verbLike(TextTokens t, int i) {
    String k = t.key(i);
    boolean suffix = k.endsWith("ed") || k.endsWith("ing") || k.endsWith("ly");
    return suffix && !words.in(Section.GENERIC, k) || k.chars().allMatch(Character::isDigit);
  }

  /** Whether the text writes a word of this key in lower case somewhere: asked rarely, so answered by a scan. */
  private static boolean writtenLowerCase(TextTokens t, String key) {
    for (int i = 0; i < t.size(); i++) {
      if (!t.capitalized(i) && t.key(i).equals(key)) {
        return true;
      }
    }
    return false;
  }

  private static boolean gapHasNewLine(TextTokens t, int i) {
    for (int k = t.end(i - 1); k < t.start(i); k++) {
      if (t.text().charAt(k) == '\n') {
        return true;
      }
    }
    return false;
  }

  /** Words on lines that are mostly capitalised words (headlines, titles): no discovery there. */
  private static boolean[] titleLines(TextTokens t) {
    boolean[] out = new boolean[t.size()];
    int lineStart = 0;
    for (int i = 0; i <= t.size(); i++) {
      boolean newLine = i == t.size() || i > 0 && gapHasNewLine(t, i);
      if (newLine && i > lineStart) {
        int caps = 0;
        for (int k = lineStart; k < i; k++) {
          caps += t.capitalized(k) ? 1 : 0;
        }
        boolean title = i - lineStart >= 3 && caps * 10 >= (i - lineStart) * 7;
        for (int k = lineStart; k < i; k++) {
          out[k] = title;
        }
        lineStart = i;
      }
    }
    return out;
  }
}
