package org.secsearch.indexer.enrich;

/** Finds region, organization, source and event-date values in a report's text. */
public interface FacetFinder {
  /**
   * @param text the extracted text
   * @param publicationDate the report's date, to resolve "on July 11" (may be null)
   */
  FacetValues find(String text, PartialDate publicationDate);
}
