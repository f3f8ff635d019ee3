package org.secsearch.indexer.enrich;

import java.util.List;
import java.util.Map;
import org.secsearch.indexer.extract.Status;

/**
 * An enriched report: the file's identity and extraction outcome, its bibliographic metadata and the facet
 * values found in it. This is what becomes one Lucene document, and what {@code extract} prints.
 *
 * @param id stable id derived from the corpus-relative path
 * @param path corpus-relative path with '/' separators
 * @param regions region paths "Country/Province/Place" mentioned
 * @param incidentRegions region paths where the text says an incident took place
 * @param organizations canonical organization names
 * @param sources canonical names of outlets cited in parenthetical citations
 * @param eventDates dates of events mentioned, resolved against the publication date
 * @param evidence for each facet field, the spans that produced its values (for {@code extract --explain})
 */
public record Report(
    String id,
    String path,
    Status status,
    String reason,
    String title,
    String publication,
    String volume,
    String issue,
    String author,
    PartialDate date,
    String dateSource,
    String url,
    List<String> regions,
    List<String> incidentRegions,
    List<String> organizations,
    List<String> sources,
    List<PartialDate> eventDates,
    String language,
    String contentType,
    String text,
    FileStamp file,
    Map<String, List<Tag>> evidence) {}
