package org.secsearch.indexer.enrich;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Country names from GeoNames' countryInfo.txt (CC BY 4.0, on the classpath), used to count how often a text names
 * each country: the tie-break when an ambiguous organization name fits several countries the document mentions.
 */
public final class CountryNames {
  private static final CountryNames INSTANCE = new CountryNames();

  private final Map<String, String> isoByKey = new HashMap<>();
  private final Map<String, String> nameByIso = new HashMap<>();
  private int maxWords = 1;

  private CountryNames() {
    for (String line : ResourceLines.rawLines("/geonames.org/countryInfo.txt")) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length > 4 && cols[0].length() == 2) {
        add(cols[4], cols[0]);
        nameByIso.put(cols[0], cols[4]);
      }
    }
  }

  /** The shared instance (the file is read once). */
  public static CountryNames get() {
    return INSTANCE;
  }

  private void add(String name, String iso) {
    TextTokens t = TextTokens.of(name);
    isoByKey.put(t.key(0, t.size()), iso);
    maxWords = Math.max(maxWords, t.size());
  }

  /** The English short name of a country code, or the code itself when unknown. */
  public String name(String iso) {
    return nameByIso.getOrDefault(iso, iso);
  }

  /** The ISO code a country name (as written) stands for, or null. */
  public String iso(String name) {
    return isoByKey.get(OrganizationAuthority.aliasKey(name));
  }

  /** How many times each country is named in the text, by ISO code. */
  public Map<String, Integer> mentions(TextTokens tokens) {
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (!tokens.capitalized(i)) {
        continue;
      }
      StringBuilder key = new StringBuilder();
      for (int n = 1; n <= maxWords && i + n <= tokens.size(); n++) {
        NameFolder.appendKey(key, tokens.key(i + n - 1));
        String iso = isoByKey.get(key.toString());
        if (iso != null) {
          counts.merge(iso, 1, Integer::sum);
        }
      }
    }
    return counts;
  }

  /** Codes of every country named in a list of names (helper for callers that hold plain names). */
  public List<String> isoCodes(List<String> names) {
    return names.stream().map(this::iso).filter(java.util.Objects::nonNull).toList();
  }
}
