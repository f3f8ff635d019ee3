package org.secsearch.indexer.enrich;

/**
 * One way of writing a {@link Place}: the gazetteer maps each folded name key to these.
 *
 * @param place the place named
 * @param kind where the name comes from, which sets how much it is trusted
 * @param upperOnly true for an alias written in capitals in the gazetteer ("USA", "DRC"): in mixed-case text
 *     it only matches when written in capitals too, so "Usa" or "drc" in prose do not
 */
record PlaceName(Place place, Kind kind, boolean upperOnly) {

  /** Source of a name, strongest first. */
  enum Kind {
    /** GeoNames' own name, ASCII name, or the display name from places.tsv. */
    OFFICIAL,
    /** A curated alias from places.tsv. */
    ALIAS,
    /** A division's name with its generic suffix stripped ("San Miguel Department" → "San Miguel"). */
    CORE,
    /** A GeoNames alternate name (filtered: Latin script, long enough, not another place's own name). */
    ALTERNATE,
    /** A word for the people of a country or division, from demonyms.tsv ("Salvadoran", "Chechen"). */
    DEMONYM
  }
}
