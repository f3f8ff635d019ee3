package org.secsearch.indexer.enrich;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.secsearch.indexer.enrich.NameWords.Section;

/**
 * Finds the organizations a report mentions and names them canonically: aliases from the authority file
 * (case-insensitive, folded), acronyms (case-sensitive), acronyms the document defines, and well-formed names the
 * file does not know. Outlets inside source citations are not organizations and are skipped. Immutable and
 * thread-safe; load once and share ({@link #standard()}).
 */
public final class OrganizationTagger {
  public static final String ALIAS = "alias";
  public static final String ACRONYM = "acronym";
  public static final String DEFINED_ACRONYM = "defined-acronym";
  public static final String DISCOVERED = NameDiscoverer.RULE;
  /** Longest alias in words as the text may split it (hyphens split words). */
  private static final int MAX_ALIAS_WORDS = 16;

  private static final class Standard {
    static final OrganizationTagger INSTANCE = load(List.of());
  }

  private final OrganizationAuthority authority;
  private final NameWords words;
  private final NameDiscoverer discoverer;
  private final AcronymDefinitions definitions;

  private OrganizationTagger(OrganizationAuthority authority, NameWords words) {
    this.authority = authority;
    this.words = words;
    this.discoverer = new NameDiscoverer(words, key -> !authority.byAliasKey(key).isEmpty());
    this.definitions = new AcronymDefinitions(discoverer);
  }

  /** The bundled authority file plus user files of the same format. */
  public static OrganizationTagger load(List<Path> extraFiles) {
    return new OrganizationTagger(OrganizationAuthority.load(extraFiles), NameWords.standard());
  }

  /** The shared tagger over the bundled authority file, loaded on first use. */
  public static OrganizationTagger standard() {
    return Standard.INSTANCE;
  }

  public OrganizationAuthority authority() {
    return authority;
  }

  /**
   * Every organization mention in text order.
   *
   * @param contextCountries ISO alpha-2 codes of the countries the document mentions; they decide ambiguous
   *     names ("National Security Committee" in a report on Kazakhstan)
   */
  public List<Tag> tag(String text, Set<String> contextCountries) {
    TextTokens t = TextTokens.borrow(text);
    try {
      boolean[] claimed = new boolean[t.size()];
      maskCitations(t, text, claimed);
      CandidateResolver resolver = new CandidateResolver(contextCountries, t);
      List<OrgMention> mentions = aliases(t, claimed, resolver);
      Map<String, OrgMention> defined = new HashMap<>();
      mentions.addAll(definitions.find(t, mentions, claimed, defined));
      mentions.addAll(acronyms(t, claimed, resolver, defined));
      mentions.addAll(discoverer.discover(t, claimed));
      mentions.sort(Comparator.comparingInt(OrgMention::from));
      List<Tag> tags = new ArrayList<>(mentions.size());
      mentions.forEach(m -> tags.add(m.toTag(t)));
      return tags;
    } finally {
      t.release();
    }
  }

  /** Distinct canonical values of {@link #tag}, in order of first mention: what the facet gets. */
  public List<String> values(String text, Set<String> contextCountries) {
    return tag(text, contextCountries).stream().map(Tag::value).distinct().toList();
  }

  private static void maskCitations(TextTokens t, String text, boolean[] claimed) {
    List<CitationFinder.Citation> citations = CitationFinder.find(text);
    int c = 0;
    for (int i = 0; i < t.size() && c < citations.size(); i++) {
      while (c < citations.size() && citations.get(c).citationEnd() <= t.start(i)) {
        c++;
      }
      if (c < citations.size() && t.start(i) >= citations.get(c).citationStart()) {
        claimed[i] = true; // "(Radio Farabundo Marti)" names an outlet, not the FMLN
      }
    }
  }

  /**
   * Longest alias match at each free word, left to right; a name the countries could not decide is tried again at
   * the end, when the document's other organizations have added their countries as evidence.
   */
  private List<OrgMention> aliases(TextTokens t, boolean[] claimed, CandidateResolver resolver) {
    List<OrgMention> out = new ArrayList<>();
    List<int[]> undecided = new ArrayList<>();
    boolean mixedCase = !t.upperCaseText();
    StringBuilder key = new StringBuilder();
    KeyAnswers startsAlias = KeyAnswers.askedOfAll(t.distinctKeys(), t::distinctKey, authority::isAliasPrefix);
    for (int i = 0; i < t.size(); i++) {
      if (claimed[i]) {
        continue;
      }
      key.setLength(0);
      int hash = 0;
      OrgMention best = null;
      boolean capital = false;
      for (int j = i; j < t.size() && j - i < MAX_ALIAS_WORDS && !claimed[j]; j++) {
        if (j > i && t.gap(j) == TextTokens.Gap.PUNCT) {
          break;
        }
        capital |= t.capitalized(j) && !t.article(j);
        String k;
        if (j == i) {
          k = t.key(i); // most words start no alias: test the word's own key, once per document, before any n-gram
          if (!startsAlias.test(t.wordId(i), k)) {
            break;
          }
        } else {
          if (j == i + 1) {
            key.append(t.key(i));
            hash = t.key(i).hashCode();
          }
          int from = key.length();
          NameFolder.appendKey(key, t.key(j));
          hash = StringHash.extend(hash, key, from, key.length()); // the joined key's hash, without its String
          if (!authority.mayBeAliasPrefix(hash)) {
            break; // most word pairs start no alias: answered before the pair's key is built
          }
          k = key.toString();
          if (!authority.isAliasPrefix(k)) {
            break;
          }
        }
        if (t.article(j) || mixedCase && !capital) {
          continue; // no match ends on an article; "the taliban" in lower case is not a name
        }
        int first = i;
        if (j == i && !authority.numberAgrees(k, () -> t.raw(first))) {
          continue;
        }
        List<OrganizationAuthority.Candidate> candidates = authority.byAliasKey(k);
        Organization org = resolver.resolve(candidates);
        if (org != null) {
          best = new OrgMention(i, j + 1, org, org.name(), ALIAS);
        } else if (!candidates.isEmpty()) {
          undecided.add(new int[] {i, j + 1});
        }
      }
      if (best != null) {
        claim(out, best, claimed);
        i = best.to() - 1;
      }
    }
    for (int[] span : undecided) {
      if (!anyClaimed(claimed, span[0], span[1])) {
        Organization org = resolver.resolve(authority.byAliasKey(t.key(span[0], span[1])));
        if (org != null) {
          claim(out, new OrgMention(span[0], span[1], org, org.name(), ALIAS), claimed);
        }
      }
    }
    return out;
  }

  private static void claim(List<OrgMention> out, OrgMention m, boolean[] claimed) {
    out.add(m);
    for (int k = m.from(); k < m.to(); k++) {
      claimed[k] = true;
    }
  }

  private static boolean anyClaimed(boolean[] claimed, int from, int to) {
    for (int k = from; k < to; k++) {
      if (claimed[k]) {
        return true;
      }
    }
    return false;
  }


  /** Acronyms: the document's own definitions first, then the authority file's. */
  private List<OrgMention> acronyms(TextTokens t, boolean[] claimed, CandidateResolver resolver,
      Map<String, OrgMention> defined) {
    List<OrgMention> out = new ArrayList<>();
    Set<String> redefined = new HashSet<>();
    for (int i = 0; i < t.size(); i++) {
      if (claimed[i] || !t.upperInitial(i)) {
        continue;
      }
      int run = 1; // words joined by hyphens from i: "UC-ELN" is one acronym, and its "UC" alone is not read
      while (i + run < t.size() && run < authority.maxAcronymWords() && t.gap(i + run) == TextTokens.Gap.HYPHEN
          && !claimed[i + run]) {
        run++;
      }
      for (int n = run; n >= 1; n--) {
        if (n < run && t.upperInitial(i + n)) {
          continue;
        }
        if (n == 1 && !mayBeAcronym(t, i, defined)) {
          continue; // neither the file nor the document has this word as an acronym: nothing below would apply
        }
        String key = OrganizationAuthority.acronymKey(t, i, i + n);
        if (key.length() < 2 || ordinaryWord(t, i, i + n, key)) {
          continue;
        }
        OrgMention def = defined.get(key);
        OrgMention m = def != null ? new OrgMention(i, i + n, def.org(), def.value(), DEFINED_ACRONYM) : null;
        if (m == null && (redefined.contains(key) || quotedOtherName(t, i, key))) {
          redefined.add(key); // the document's own "FREE HOMELAND MONTONEROS" (MPL) is not the file's MPL
          break;
        }
        if (m == null) {
          Organization org = resolver.resolve(authority.byAcronym(key));
          m = org == null ? null : new OrgMention(i, i + n, org, org.name(), ACRONYM);
        }
        if (m != null) {
          claim(out, m, claimed);
          i += n - 1;
          break;
        }
      }
    }
    return out;
  }

  /**
   * False when word i as written is surely no acronym of the file and none the document defined, told by the hash
   * of the word's characters (the String hash of {@link TextTokens#raw}) without cutting it from the text.
   */
  private boolean mayBeAcronym(TextTokens t, int i, Map<String, OrgMention> defined) {
    int h = StringHash.extend(0, t.text(), t.start(i), t.start(i) + t.rawLength(i));
    if (authority.mayBeAcronym(h)) {
      return true;
    }
    if (defined.isEmpty()) {
      return false; // most documents define none: not even an iterator
    }
    for (String d : defined.keySet()) {
      if (d.hashCode() == h) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the acronym at word {@code i} stands in brackets right after a quoted name ({@code "NAME" (ACR)})
   * that is no name of any entry the file gives that acronym: the document defines it for itself, by a
   * translated name whose letters need not align.
   */
  private boolean quotedOtherName(TextTokens t, int i, String key) {
    String text = t.text();
    int open = t.start(i) - 1;
    while (open >= 0 && (text.charAt(open) == '[' || text.charAt(open) == ' ')) open--;
    if (open < 1 || text.charAt(open) != '(') return false;
    int close = open - 1;
    while (close >= 0 && text.charAt(close) == ' ') close--;
    if (close < 1 || (text.charAt(close) != '"' && text.charAt(close) != '\u201d')) return false;
    int start = close - 1;
    while (start >= 0 && text.charAt(start) != '"' && text.charAt(start) != '\u201c' && close - start < 120) start--;
    if (start < 0 || close - start >= 120) return false;
    String quoted = text.substring(start + 1, close).strip();
    if (quoted.indexOf(' ') < 0 || quoted.indexOf('\n') >= 0) return false;
    List<OrganizationAuthority.Candidate> named = authority.byAliasKey(OrganizationAuthority.aliasKey(quoted));
    return authority.byAcronym(key).stream().noneMatch(c -> named.stream().anyMatch(n -> n.org() == c.org()));
  }

  /**
   * An acronym that is also an ordinary word ("IS", "FAR") is read only in mixed-case prose, next to a word with
   * small letters: in ALL-CAPS text or a capitalised heading it is just the word.
   */
  private boolean ordinaryWord(TextTokens t, int from, int to, String key) {
    if (!words.in(Section.ACRONYM_WORDS, key)) {
      return false;
    }
    if (t.upperCaseText()) {
      return true;
    }
    boolean lowerBefore = from > 0 && t.hasLower(from - 1);
    boolean lowerAfter = to < t.size() && t.hasLower(to);
    return !(lowerBefore || lowerAfter);
  }
}
