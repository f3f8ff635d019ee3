package org.secsearch.indexer.enrich;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.secsearch.indexer.extract.Extracted;
import org.secsearch.indexer.extract.Sidecar;

/** Turns an extracted file into a {@link Report}: bibliographic metadata, language, format and facet values. */
public final class ReportEnricher {
  private final MetadataResolver metadata = new MetadataResolver();
  private final FacetFinder facets;

  public ReportEnricher(FacetFinder facets) {
    this.facets = facets;
  }

  public Report enrich(String id, String path, Extracted e, Sidecar sidecar, FileStamp stamp) {
    String fileName = path.substring(path.lastIndexOf('/') + 1);
    Bibliography b = metadata.resolve(e, sidecar, fileName);
    FacetValues f = e.status().searchable() ? facets.find(e.text(), b.date()) : FacetValues.NONE;
    Map<String, List<Tag>> evidence = new LinkedHashMap<>();
    evidence.put("regions", f.regions());
    evidence.put("incident_regions", f.incidentRegions());
    evidence.put("organizations", f.organizations());
    evidence.put("sources", f.sources());
    evidence.put("event_dates", f.eventDates());
    return new Report(id, path, e.status(), e.reason(), b.title(), b.publication(), b.volume(), b.issue(),
        b.author(), b.date(), b.dateSource(), b.url(),
        distinct(f.regions(), Function.identity()), distinct(f.incidentRegions(), Function.identity()),
        distinct(f.organizations(), Function.identity()), distinct(f.sources(), Function.identity()),
        distinct(f.eventDates(), PartialDate::parse),
        e.status().searchable() ? LanguageGuesser.guess(e.text()) : null, e.contentType(), e.text(), stamp,
        evidence);
  }

  /** Values in order of first appearance, each once. */
  private static <T> List<T> distinct(List<Tag> tags, Function<String, T> convert) {
    LinkedHashSet<String> values = new LinkedHashSet<>();
    for (Tag t : tags) values.add(t.value());
    List<T> out = new ArrayList<>(values.size());
    for (String v : values) out.add(convert.apply(v));
    return out;
  }
}
