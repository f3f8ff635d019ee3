package org.secsearch.indexer.enrich;

/**
 * A facet value found in a text, with the character span that produced it and the rule that fired,
 * so {@code extract --explain} can show why a document carries the value.
 *
 * @param value the facet value: a region path "Country/Province/Place", a canonical organization name, an outlet
 * @param start offset of the first character of the evidence in the text
 * @param end offset after the last character of the evidence
 * @param rule short name of the rule that produced it (e.g. "alias", "acronym", "city→province", "dateline")
 */
public record Tag(String value, int start, int end, String rule) {}
