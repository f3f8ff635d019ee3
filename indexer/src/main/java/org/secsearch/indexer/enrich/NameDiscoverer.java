package org.secsearch.indexer.enrich;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.secsearch.indexer.enrich.NameWords.Section;

/**
 * Reads organization names the authority file does not know: a phrase of capitalised words with an organizational
 * head word ("Lautaro Youth Front", "Special Task Force"). Conservative by design, since a wrong facet value costs
 * more than a missing one: 2-8 words, no leading determiner, no sentence-initial ordinary word, not a title line,
 * and a two-word name needs a word that identifies (not "National Army"). In ALL-CAPS text, where capitals say
 * nothing, only strong head words count and the name is read leftwards until a function word.
 */
final class NameDiscoverer {
  static final String RULE = "discovered";
  private static final int MAX_WORDS = 8;
  private static final int MAX_TAIL = 4;

  private final NameWords words;

  NameDiscoverer(NameWords words) {
    this.words = words;
  }

  /** Names over words not yet claimed by other rules. */
  List<Mention> discover(TextTokens t, boolean[] claimed) {
    List<Mention> out = new ArrayList<>();
    Set<String> lowerWords = t.upperCaseText() ? Set.of() : lowerCaseWords(t);
    boolean[] titleLine = t.upperCaseText() ? new boolean[t.size()] : titleLines(t);
    for (int h = 0; h < t.size(); h++) {
      if (claimed[h] || titleLine[h] || !isHead(t, h, t.upperCaseText())) {
        continue;
      }
      Mention m = t.upperCaseText() ? upperCaseName(t, claimed, h) : mixedCaseName(t, claimed, h, lowerWords);
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
   * A well-formed name whose last word is {@code last} (the word before "(ACR)"), read leftwards through
   * capitalised words and the connectors between them; {@code from} >= 0 imposes a start (an acronym alignment).
   */
  Mention nameEndingAt(TextTokens t, boolean[] claimed, int from, int last) {
    if (from < 0) {
      from = last;
      while (from > 0 && last - from < MAX_WORDS + 4 && !boundary(t, claimed, from - 1, from)) {
        int l = from - 1;
        boolean inside = t.upperCaseText() ? !stopWord(t, l) && !verbLike(t, l) : nameWord(t, l);
        if (!inside && connector(t, l) && !t.key(l).equals("and") && l > 0 && !boundary(t, claimed, l - 1, l)
            && (isHead(t, l - 1, false) || !t.upperCaseText() && (nameWord(t, l - 1) || connector(t, l - 1)))) {
          inside = true; // "FORCES OF LIBERATION", "Front for the Liberation of Palestine"
        }
        if (!inside) {
          break;
        }
        from = l;
      }
    }
    return wellFormed(t, from, last + 1, false);
  }

  /** The span [from, to) as a name if it is well formed (the "ACR (Long Name)" form), or null. */
  Mention nameOver(TextTokens t, int from, int to) {
    return wellFormed(t, from, to, false);
  }

  private static boolean boundary(TextTokens t, boolean[] claimed, int left, int right) {
    return claimed[left] || t.gap(right) == TextTokens.Gap.PUNCT || t.gap(right) == TextTokens.Gap.DASH
        || t.sentenceStart(right);
  }

  /** A word that can stand in a name left of its head: capitalised, an article, or hyphen-attached (Co-operation). */
  private boolean nameWord(TextTokens t, int i) {
    return t.capitalized(i) && !possessiveOfPlace(t, i) || t.key(i).isEmpty()
        || i + 1 < t.size() && t.gap(i + 1) == TextTokens.Gap.HYPHEN && t.capitalized(i + 1)
        || t.gap(i) == TextTokens.Gap.HYPHEN && i > 0 && t.capitalized(i - 1);
  }

  /** "Kazakhstan's National Security Committee": a possessive proper name is the owner, not part of the name. */
  private boolean possessiveOfPlace(TextTokens t, int i) {
    boolean possessive = t.end(i) - t.start(i) > t.raw(i).length();
    return possessive && !words.in(Section.GENERIC, t.key(i));
  }

  private Mention mixedCaseName(TextTokens t, boolean[] claimed, int h, Set<String> lowerWords) {
    if (!t.capitalized(h)) {
      return null; // "the police said": a common noun
    }
    int from = h;
    while (from > 0 && h - from < MAX_WORDS && !boundary(t, claimed, from - 1, from) && nameWord(t, from - 1)) {
      from--;
    }
    if (t.sentenceStart(from) && lowerWords.contains(t.key(from)) && from < h) {
      from++; // "Opposition Party leaders..." at a sentence start: the first word is only capitalised there
    }
    // A tail introduced by a connector and ending on a capitalised word: "Movement of Uzbekistan".
    int to = h + 1;
    for (int k = h + 1; k < t.size() && k - h <= MAX_TAIL && !boundary(t, claimed, k - 1, k); k++) {
      if (connector(t, k)) {
        continue;
      }
      boolean afterConnector = connector(t, k - 1);
      boolean attached = t.gap(k) == TextTokens.Gap.HYPHEN && to == k;
      if (!(afterConnector && t.capitalized(k) || attached || isHead(t, k, false) && t.capitalized(k))) {
        break;
      }
      to = k + 1;
    }
    return wellFormed(t, from, to, true);
  }

  private Mention upperCaseName(TextTokens t, boolean[] claimed, int h) {
    int from = h;
    while (from > 0 && h - from < 6 && !boundary(t, claimed, from - 1, from) && !stopWord(t, from - 1)
        && !verbLike(t, from - 1)) {
      from--;
    }
    int to = h + 1;
    if (to + 1 < t.size() && t.key(to).equals("of") && !boundary(t, claimed, to, to + 1)) {
      int k = to + 1;
      while (k < t.size() && k - to <= 3 && !boundary(t, claimed, k - 1, k) && !stopWord(t, k) && !verbLike(t, k)) {
        k++;
      }
      if (k > to + 1) {
        to = k; // ARMY OF NATIONAL LIBERATION
      }
    }
    return wellFormed(t, from, to, true);
  }

  /** The checks every discovered name passes; {@code strict} adds the rules that need no acronym support. */
  private Mention wellFormed(TextTokens t, int from, int to, boolean strict) {
    while (from < to && (connector(t, from) || determiner(t, from))) {
      from++;
    }
    while (to > from && connector(t, to - 1)) {
      to--;
    }
    int content = 0;
    int identifying = 0;
    boolean head = false;
    for (int i = from; i < to; i++) {
      if (connector(t, i)) {
        continue;
      }
      if (!t.upperCaseText() && !nameWord(t, i)) {
        return null; // a lower-case word: a description ("the Russian security service"), not a name
      }
      content++;
      boolean isHead = isHead(t, i, false);
      head |= isHead;
      if (!isHead && !words.in(Section.GENERIC, t.key(i)) && CountryNames.get().iso(t.raw(i)) == null
          && !t.raw(i).chars().allMatch(Character::isDigit)) {
        identifying++;
      }
    }
    if (!head || content < 2 || content > MAX_WORDS) {
      return null;
    }
    if (content == 2 && identifying == 0 || strict && t.upperCaseText() && identifying == 0) {
      return null; // "National Army", "SALVADORAN ARMY": a description, not a name
    }
    String key = OrganizationAuthority.aliasKey(t.text().substring(t.start(from), t.end(to - 1)));
    if (words.in(Section.NOT_ORG, key)) {
      return null;
    }
    return new Mention(from, to, null, display(t, from, to), RULE);
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

  boolean isHead(TextTokens t, int i, boolean strongOnly) {
    return words.in(strongOnly ? Section.STRONG_HEAD : Section.HEAD, t.key(i));
  }

  private boolean connector(TextTokens t, int i) {
    return t.key(i).isEmpty() || words.in(Section.CONNECTOR, t.key(i)) && (t.upperCaseText() || !t.capitalized(i));
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

  private static Set<String> lowerCaseWords(TextTokens t) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i < t.size(); i++) {
      if (!t.capitalized(i)) {
        out.add(t.key(i));
      }
    }
    return out;
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
