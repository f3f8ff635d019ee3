package org.secsearch.web.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.secsearch.indexer.index.IndexStats;
import org.secsearch.web.search.DocumentView;
import org.secsearch.web.search.FacetGroup;
import org.secsearch.web.search.FacetValue;
import org.secsearch.web.search.Hit;
import org.secsearch.web.search.SearchResult;
import org.secsearch.web.search.SearchState;
import org.secsearch.web.search.Segment;

/** The JSON the API returns: plain records, so the shapes are visible in one place and stable across releases. */
public final class ApiModels {
  private ApiModels() {}

  /** @param snippet HTML: the text escaped, then hits wrapped in {@code <mark>} */
  public record ApiHit(String id, String title, String date, String publication, List<String> regions,
      List<String> organizations, String format, String snippet, String url) {}

  public record ApiFacetValue(String value, String path, long count, boolean selected, List<ApiFacetValue> children) {}

  public record ApiFacet(String dim, String label, List<ApiFacetValue> values) {}

  /** @param url the canonical page of this search */
  public record ApiSearch(String query, long total, int page, int pageSize, int pages, List<ApiHit> hits,
      List<ApiFacet> facets, String suggestion, List<String> notes, String url) {}

  public record ApiError(int status, String error) {}

  static ApiSearch search(SearchResult r) {
    SearchState s = r.state();
    return new ApiSearch(s.q(), r.total(), s.page(), SearchState.PAGE_SIZE, r.lastPage(),
        r.hits().stream().map(h -> hit(h, s)).toList(), r.facets().stream().map(ApiModels::facet).toList(),
        r.suggestion(), r.notes(), s.href());
  }

  private static ApiHit hit(Hit h, SearchState s) {
    return new ApiHit(h.id(), h.title(), h.date(), h.publication(), h.regions(), h.organizations(), h.format(),
        h.snippet().html(), s.docHref(h.id()));
  }

  private static ApiFacet facet(FacetGroup g) {
    return new ApiFacet(g.dim().key, g.dim().label, g.values().stream().map(ApiModels::value).toList());
  }

  private static ApiFacetValue value(FacetValue v) {
    return new ApiFacetValue(v.label(), v.path(), v.count(), v.selected(),
        v.children().stream().map(ApiModels::value).toList());
  }

  static Map<String, Object> document(DocumentView d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", d.id());
    m.put("title", d.title());
    m.put("path", d.path());
    m.put("publication", d.publication());
    m.put("volume", d.volume());
    m.put("issue", d.issue());
    m.put("author", d.author());
    m.put("date", d.date());
    m.put("dateSource", d.dateSource());
    m.put("format", d.format());
    m.put("contentType", d.contentType());
    m.put("language", d.language());
    m.put("chars", d.chars());
    m.put("status", d.status());
    m.put("indexedAt", d.indexedAt() == null ? null : d.indexedAt().toString());
    Map<String, List<String>> facets = new LinkedHashMap<>();
    d.facets().forEach((dim, values) -> facets.put(dim.key, values));
    m.put("facets", facets);
    m.put("text", String.join("", d.text().stream().map(Segment::text).toList()));
    m.put("url", "/doc/" + d.id());
    m.put("original", d.original() ? "/doc/" + d.id() + "/original" : null);
    return m;
  }

  static Map<String, Object> stats(IndexStats.Stats s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("documents", s.documents());
    m.put("lastCommit", s.lastCommit() == null ? null : s.lastCommit().toString());
    m.put("bytesOnDisk", s.bytesOnDisk());
    m.put("dimensionDocs", s.dimensionDocs());
    m.put("facets", s.facets());
    return m;
  }
}
