package org.secsearch.indexer.enrich;

/** A report's bibliographic metadata, each value with the best source found (sidecar, metadata, text). */
public record Bibliography(
    String title,
    String publication,
    String volume,
    String issue,
    String author,
    PartialDate date,
    String dateSource,
    String url) {}
