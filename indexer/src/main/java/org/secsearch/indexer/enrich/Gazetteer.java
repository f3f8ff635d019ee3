package org.secsearch.indexer.enrich;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Countries, first-level divisions and places (GeoNames plus the curated places.tsv layer), indexed by
 * folded name so a report's token n-grams resolve with hash lookups; loaded once and shared.
 */
public final class Gazetteer {
  private static final PlaceName[] NONE = new PlaceName[0];

  private final Map<String, PlaceName[]> names;
  private final KeySet prefixes = new KeySet(160_000); // the bundled gazetteer has some 160,000 prefixes
  private final Map<String, Place> byCode;
  private final Map<String, String> countryCodeByName;
  private final int maxTokens;

  Gazetteer(Map<String, List<PlaceName>> names, Map<String, Place> byCode) {
    this.names = new HashMap<>(names.size() * 2);
    int longest = 1;
    for (Map.Entry<String, List<PlaceName>> e : names.entrySet()) {
      String key = e.getKey();
      this.names.put(key, e.getValue().toArray(NONE));
      int tokens = 1;
      for (int p = key.indexOf(' '); p >= 0; p = key.indexOf(' ', p + 1)) {
        prefixes.add(key.substring(0, p));
        tokens++;
      }
      prefixes.add(key);
      longest = Math.max(longest, tokens);
    }
    this.byCode = Map.copyOf(byCode);
    this.countryCodeByName = new HashMap<>();
    for (Place p : byCode.values()) {
      if (p.level() == Place.Level.COUNTRY) {
        countryCodeByName.put(p.path(), p.countryCode());
      }
    }
    this.maxTokens = longest;
  }

  private static final class Holder {
    static final Gazetteer STANDARD = GazetteerLoader.load(AliasLayer.load(AliasLayer.RESOURCE), PlaceCues.standard());
  }

  /** The shared gazetteer, loaded from the classpath on first use (about a second). */
  public static Gazetteer standard() {
    return Holder.STANDARD;
  }

  /** The names registered under a folded key ({@link TextFolder#key}), strongest source first; never null. */
  PlaceName[] names(String key) {
    PlaceName[] found = names.get(key);
    return found == null ? NONE : found;
  }

  /** True when some name starts with these folded tokens, so matching should try one token more. */
  boolean isPrefix(String key) {
    return prefixes.contains(key);
  }

  /** False when no name starts with folded tokens of this {@link String#hashCode}; true may be a collision. */
  boolean mayBePrefix(int keyHash) {
    return prefixes.mayContain(keyHash);
  }

  /** Longest name in tokens. */
  int maxTokens() {
    return maxTokens;
  }

  /** The entry for an ISO2 code, admin1 code or geonameid, or empty. */
  public Optional<Place> place(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** ISO2 code of the country at the head of a region path ("Kazakhstan/Aktobe Region" → KZ), or empty. */
  public Optional<String> countryCode(String path) {
    int slash = path.indexOf('/');
    return Optional.ofNullable(countryCodeByName.get(slash < 0 ? path : path.substring(0, slash)));
  }

  /**
   * A place the gazetteer lacks but the report locates ("the village of Shubarshi in Aktobe Province"):
   * filed under the division's path.
   */
  static Place inside(Place division, String name) {
    String admin1 = division.level() == Place.Level.ADMIN1 ? division.id() : null;
    return new Place(Place.Level.PLACE, division.id() + "/" + name, name, division.countryCode(), admin1, 0,
        "", division.path() + "/" + name.replace('/', '-'));
  }

  /** Every country, division and place, in no particular order (the corpus generator draws settings from them). */
  public java.util.Collection<Place> places() {
    return byCode.values();
  }

  /** Number of distinct name keys (for the load report). */
  public int nameCount() {
    return names.size();
  }
}
