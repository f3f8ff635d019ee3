package org.secsearch.indexer.eval;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.secsearch.indexer.enrich.NameFolder;
import org.secsearch.indexer.enrich.OrganizationAuthority;
import org.secsearch.indexer.enrich.ResourceLines;
import org.secsearch.indexer.enrich.TextTokens;

/**
 * A stand-in for the place tagger in evaluations: the ISO codes of countries whose name or capital a text
 * contains (GeoNames countryInfo.txt). The pipeline passes the place tagger's countries instead.
 */
public final class ContextCountries {
  private static final Map<String, String> ISO_BY_KEY = new HashMap<>();
  private static final int MAX_WORDS = 4;

  static {
    for (String line : ResourceLines.rawLines("/geonames.org/countryInfo.txt")) {
      String[] c = line.split("\t", -1);
      if (line.startsWith("#") || c.length < 6 || c[0].length() != 2) {
        continue;
      }
      ISO_BY_KEY.put(OrganizationAuthority.aliasKey(c[4]), c[0]);
      if (!c[5].isBlank()) {
        ISO_BY_KEY.putIfAbsent(OrganizationAuthority.aliasKey(c[5]), c[0]);
      }
    }
  }

  private ContextCountries() {}

  /** Codes of the countries a text names by country or capital. */
  public static Set<String> of(String text) {
    TextTokens t = TextTokens.of(text);
    Set<String> out = new TreeSet<>();
    for (int i = 0; i < t.size(); i++) {
      StringBuilder key = new StringBuilder();
      for (int n = 0; n < MAX_WORDS && i + n < t.size(); n++) {
        NameFolder.appendKey(key, t.key(i + n));
        String iso = ISO_BY_KEY.get(key.toString());
        if (iso != null) {
          out.add(iso);
        }
      }
    }
    return out;
  }
}
