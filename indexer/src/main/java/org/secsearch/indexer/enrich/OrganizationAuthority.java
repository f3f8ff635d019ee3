package org.secsearch.indexer.enrich;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The organization authority file(s) loaded into hash indexes: folded alias keys and case-sensitive acronyms, each
 * pointing at the entries that use it. Immutable once built; share one instance.
 */
public final class OrganizationAuthority {
  /** Classpath name of the bundled authority file. */
  public static final String RESOURCE = "organizations.tsv";

  /** One entry an alias or acronym may stand for; {@code needsContext} asks for the entry's country in context. */
  public record Candidate(Organization org, boolean needsContext) {}

  private final List<Organization> orgs;
  private final Map<String, List<Candidate>> aliases = new HashMap<>();
  /** Sized for the bundled file's 32,000 or so; a larger extended file only makes the filter less sharp. */
  private final KeySet aliasPrefixes = new KeySet(32_768);
  /** Keys of one-word aliases written in the singular, and in the plural ("Extraditables", "Contras"). */
  private final Set<String> oneWordSingular = new HashSet<>();
  private final Set<String> oneWordPlural = new HashSet<>();
  private final Map<String, List<Candidate>> acronyms = new HashMap<>();
  /** The acronym keys again, to turn away most capitalised words by their hash alone. */
  private final KeySet acronymKeys = new KeySet(1_024);
  private int maxAcronymWords = 1;

  private OrganizationAuthority(List<Organization> orgs) {
    this.orgs = List.copyOf(orgs);
    for (Organization org : this.orgs) {
      addAlias(org, org.name(), false);
      addAlias(org, org.baseName(), org.qualified()); // a qualified bare name exists in several countries
      org.aliases().forEach(a -> addAlias(org, stripMark(a), a.endsWith("?")));
      org.acronyms().forEach(a -> addAcronym(org, stripMark(a), a.endsWith("?")));
    }
  }

  /** Loads the bundled file plus user files; an entry of a user file with an existing name extends that entry. */
  public static OrganizationAuthority load(List<Path> extraFiles) {
    Map<String, Organization> byName = new LinkedHashMap<>();
    merge(byName, ResourceLines.ofResource(RESOURCE));
    for (Path file : extraFiles) {
      merge(byName, ResourceLines.ofFile(file));
    }
    return new OrganizationAuthority(new ArrayList<>(byName.values()));
  }

  private static void merge(Map<String, Organization> byName, List<ResourceLines.Row> rows) {
    for (ResourceLines.Row row : rows) {
      String name = row.cell(0);
      if (name.equals("name") && row.cell(1).equals("type")) {
        continue; // header
      }
      Organization parsed = parse(row);
      byName.merge(name, parsed, (old, add) -> new Organization(old.name(), old.type(), old.country(),
          union(old.acronyms(), add.acronyms()), union(old.aliases(), add.aliases())));
    }
  }

  private static Organization parse(ResourceLines.Row row) {
    String name = row.cell(0);
    String type = row.cell(1);
    String country = row.cell(2);
    if (name.isEmpty()) {
      throw row.error("empty name");
    }
    if (!Organization.TYPES.contains(type)) {
      throw row.error("type must be one of " + Organization.TYPES + ", not '" + type + "'");
    }
    if (!country.isEmpty() && !country.matches("[A-Z]{2}")) {
      throw row.error("country must be an ISO 3166 alpha-2 code or blank, not '" + country + "'");
    }
    return new Organization(name, type, country, split(row.cell(3)), split(row.cell(4)));
  }

  private static List<String> split(String cell) {
    return Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static List<String> union(List<String> a, List<String> b) {
    Set<String> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }

  private static String stripMark(String s) {
    return s.endsWith("?") ? s.substring(0, s.length() - 1).strip() : s;
  }

  private void addAlias(Organization org, String alias, boolean needsContext) {
    String key = aliasKey(alias);
    if (key.length() < 3) {
      return; // too short to be a name on its own
    }
    add(aliases, key, new Candidate(org, needsContext));
    if (TextTokens.of(alias).size() == 1) {
      (plural(alias) ? oneWordPlural : oneWordSingular).add(key);
    }
    for (int i = 1; i <= key.length(); i++) {
      aliasPrefixes.add(key.substring(0, i));
    }
  }

  private void addAcronym(Organization org, String acronym, boolean needsContext) {
    TextTokens t = TextTokens.of(acronym);
    String key = acronymKey(t, 0, t.size());
    add(acronyms, key, new Candidate(org, needsContext));
    acronymKeys.add(key);
    maxAcronymWords = Math.max(maxAcronymWords, t.size());
  }

  private static void add(Map<String, List<Candidate>> index, String key, Candidate c) {
    List<Candidate> list = index.computeIfAbsent(key, k -> new ArrayList<>(1));
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).org() == c.org()) {
        if (list.get(i).needsContext() && !c.needsContext()) {
          list.set(i, c); // an explicit alias frees a bare qualified name from needing context
        }
        return;
      }
    }
    list.add(c);
  }

  /**
   * Whether a one-word text form has the number of a one-word alias with that key: matching keys fold a final
   * plural "s", but a single word's number is part of its name — "EXTRADITABLE" (an adjective) is not "the
   * Extraditables". Keys of longer aliases always agree.
   */
  public boolean numberAgrees(String key, Supplier<String> word) {
    boolean oneWord = oneWordSingular.contains(key) || oneWordPlural.contains(key);
    return !oneWord || (plural(word.get()) ? oneWordPlural : oneWordSingular).contains(key); // the word only if asked
  }

  private static boolean plural(String word) {
    String w = NameFolder.lowerAscii(NameFolder.withoutPossessive(word.strip()));
    return w.endsWith("s");
  }

  /** The folded key of a whole name: word keys concatenated, so "Co-operation" meets "Cooperation". */
  public static String aliasKey(String name) {
    TextTokens t = TextTokens.of(name);
    return t.key(0, t.size());
  }

  /** The key of an acronym spanning words [from, to): the words as written, space-joined (UC-ELN = "UC ELN"). */
  public static String acronymKey(TextTokens t, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from) {
        b.append(' ');
      }
      b.append(t.raw(i));
    }
    return b.toString();
  }

  public List<Organization> organizations() { return orgs; }

  /** Entries an alias key stands for (empty when none). */
  public List<Candidate> byAliasKey(String key) { return aliases.getOrDefault(key, List.of()); }

  /** True when some alias key starts with {@code prefix}: lets the matcher stop extending an n-gram early. */
  public boolean isAliasPrefix(String prefix) { return aliasPrefixes.contains(prefix); }

  /** False when no alias key starts with a prefix of this {@link String#hashCode}; true may be a collision. */
  public boolean mayBeAliasPrefix(int prefixHash) { return aliasPrefixes.mayContain(prefixHash); }

  /** False when no acronym key has this {@link String#hashCode}; true may be a collision. */
  public boolean mayBeAcronym(int keyHash) { return acronymKeys.mayContain(keyHash); }

  /** Entries an acronym key stands for (empty when none). */
  public List<Candidate> byAcronym(String key) { return acronyms.getOrDefault(key, List.of()); }

  /** The longest acronym in words (M-19 and UC-ELN are two). */
  public int maxAcronymWords() { return maxAcronymWords; }
}
