package org.secsearch.indexer.enrich;

/** The facet finder the product ships: places, organizations, cited sources and event dates. */
public final class StandardFacetFinder implements FacetFinder {
  private static final StandardFacetFinder INSTANCE = new StandardFacetFinder();

  private final PlaceTagger places = PlaceTagger.standard();
  private final OrganizationTagger organizations = OrganizationTagger.standard();
  private final SourceTagger sources = SourceTagger.standard();
  private final EventDateFinder eventDates = new EventDateFinder();

  private StandardFacetFinder() {}

  /** The shared instance (taggers load their resource files once, about a second). */
  public static StandardFacetFinder get() {
    return INSTANCE;
  }

  @Override
  public FacetValues find(String text, PartialDate publicationDate) {
    PlaceTags p = places.tag(text);
    // The countries a report mentions decide ambiguous names: "National Security Committee" in a Kazakh report.
    return new FacetValues(p.mentions(), p.incidents(), organizations.tag(text, places.countryCodes(p)),
        sources.tag(text), eventDates.find(text, publicationDate));
  }
}
