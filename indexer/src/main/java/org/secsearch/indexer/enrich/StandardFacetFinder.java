package org.secsearch.indexer.enrich;

import java.util.List;

/** The facet finder the product ships: places, organizations, cited sources and event dates. */
public final class StandardFacetFinder implements FacetFinder {
  private static final StandardFacetFinder INSTANCE = new StandardFacetFinder();

  private final PlaceTagger places = PlaceTagger.standard();
  private final EventDateFinder eventDates = new EventDateFinder();

  private StandardFacetFinder() {}

  /** The shared instance (taggers load their resource files once, about a second). */
  public static StandardFacetFinder get() {
    return INSTANCE;
  }

  @Override
  public FacetValues find(String text, PartialDate publicationDate) {
    PlaceTags p = places.tag(text);
    return new FacetValues(p.mentions(), p.incidents(), List.of(), List.of(), eventDates.find(text, publicationDate));
  }
}
