package org.secsearch.indexer.enrich;

/**
 * One gazetteer entry — a country, a first-level division or a populated place — with the facet path
 * under which a report mentioning it is filed.
 *
 * @param level what kind of area it is
 * @param id ISO2 code for a country, GeoNames admin1 code ("KZ.04") for a division, geonameid for a place
 * @param name the display name analysts read ("Aktobe Region", "Kazakhstan", "Balkhash")
 * @param countryCode ISO2 code of the containing country
 * @param admin1Id admin1 code of the containing division, or null when unknown or not applicable
 * @param population GeoNames population (0 when unknown), used to prefer the bigger of two same-named places
 * @param feature GeoNames feature code of a place ("PPLC" capital, "PPLA" seat of a division), "" otherwise
 * @param path the facet value: "Country", "Country/Province" or "Country/Province/Place"
 */
public record Place(Level level, String id, String name, String countryCode, String admin1Id, long population,
    String feature, String path) {

  /** A national capital, known well beyond its country. */
  boolean capital() {
    return feature.equals("PPLC");
  }

  /** The seat of its first-level division (or the capital, or the seat of government). */
  boolean seat() {
    return feature.equals("PPLA") || feature.equals("PPLC") || feature.equals("PPLG");
  }

  /** The three levels of the region hierarchy. */
  public enum Level { COUNTRY, ADMIN1, PLACE }

  /** True when this place lies in (or is) the division or country {@code other}. */
  boolean within(Place other) {
    return switch (other.level) {
      case COUNTRY -> countryCode.equals(other.countryCode);
      case ADMIN1 -> other.id.equals(admin1Id) || other.id.equals(id);
      case PLACE -> other.id.equals(id);
    };
  }
}
