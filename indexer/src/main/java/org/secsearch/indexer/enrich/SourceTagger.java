package org.secsearch.indexer.enrich;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names the outlets a report cites (parenthetical citations and wire datelines, found by {@link CitationFinder})
 * with their canonical names from sources.tsv; an outlet not listed is kept as written. Immutable; share one.
 */
public final class SourceTagger {
  /** Classpath name of the bundled outlet list. */
  public static final String RESOURCE = "sources.tsv";
  private static final String NOT_A_SOURCE = "";
  /** Media-type words an outlet name may carry or drop ("KTK TV" = "KTK", "Tolo TV" = "Tolo"). */
  private static final Set<String> MEDIA_SUFFIXES = Set.of("tv", "television", "radio", "online");
  private static final SourceTagger STANDARD = load(List.of());

  private final Map<String, String> canonicalByKey = new HashMap<>();

  private SourceTagger(List<ResourceLines.Row> rows) {
    for (ResourceLines.Row row : rows) {
      String name = row.cell(0);
      String kind = row.cell(1);
      if (!kind.equals("outlet") && !kind.equals("not-a-source")) {
        throw row.error("kind must be 'outlet' or 'not-a-source', not '" + kind + "'");
      }
      String value = kind.equals("outlet") ? name : NOT_A_SOURCE;
      canonicalByKey.put(OrganizationAuthority.aliasKey(name), value);
      for (String alias : row.cell(2).split("\\|")) {
        if (!alias.isBlank()) {
          canonicalByKey.putIfAbsent(OrganizationAuthority.aliasKey(alias.strip()), value);
        }
      }
    }
  }

  /** The bundled list plus user files of the same format (later files may add aliases and outlets). */
  public static SourceTagger load(List<Path> extraFiles) {
    List<ResourceLines.Row> rows = new ArrayList<>(ResourceLines.ofResource(RESOURCE));
    extraFiles.forEach(f -> rows.addAll(ResourceLines.ofFile(f)));
    return new SourceTagger(rows);
  }

  /** The shared instance built from the bundled list. */
  public static SourceTagger standard() {
    return STANDARD;
  }

  /** Every cited outlet, in text order, valued with its canonical name; rule "citation" or "dateline". */
  public List<Tag> tag(String text) {
    List<Tag> tags = new ArrayList<>();
    for (CitationFinder.Citation c : CitationFinder.find(text)) {
      String value = canonical(c.outlet());
      if (value != null) {
        tags.add(new Tag(value, c.start(), c.end(), c.rule()));
      }
    }
    return tags;
  }

  /** The canonical name of an outlet as written, or null when it is a placeholder or a country name. */
  public String canonical(String written) {
    String key = OrganizationAuthority.aliasKey(written);
    String known = canonicalByKey.get(key);
    if (known == null) {
      known = canonicalByKey.get(withoutMediaSuffix(written));
    }
    if (known != null) {
      return known.equals(NOT_A_SOURCE) ? null : known;
    }
    if (CountryNames.get().iso(written) != null) {
      return null; // "(NICARAGUA)" in a dateline says where, not who
    }
    return written.strip().replaceAll("\\s+", " ");
  }

  private static String withoutMediaSuffix(String written) {
    TextTokens t = TextTokens.of(written);
    int n = t.size();
    while (n > 1 && MEDIA_SUFFIXES.contains(t.key(n - 1))) {
      n--;
    }
    return t.key(0, n);
  }
}
