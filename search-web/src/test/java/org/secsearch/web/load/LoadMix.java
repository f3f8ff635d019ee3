package org.secsearch.web.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.secsearch.indexer.enrich.PartialDate;
import org.secsearch.indexer.schema.FacetDim;
import org.secsearch.web.search.SearchState;
import org.secsearch.web.search.Sort;

/**
 * The requests of the load test, taken from the served index itself so they fit any corpus: words, phrases,
 * OR, NOT and prefixes; the top region, organization, publication and format values as filters and exclusions;
 * date ranges; other orders and page 2; the feed, the JSON API, the CSV export and documents. Every URL is the
 * canonical one ({@link SearchState#href}), so the server answers it directly, without a redirect.
 */
final class LoadMix {
  static final List<String> QUERIES = List.of("attack", "police", "security services", "\"security forces\"",
      "militants border", "bomb OR explosion", "attack -police", "insurg*", "bulletin incidents", "Kazakhstan",
      "IMU", "\"police station\"~3", "title:attack", "kidnapping ransom");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private LoadMix() {}

  static List<String> paths(String baseUrl) throws IOException, InterruptedException {
    JsonNode all = get(baseUrl, SearchState.empty().href("/api/search"));
    Set<String> out = new LinkedHashSet<>();
    out.add(SearchState.empty().href());
    List<SearchState> filters = new ArrayList<>();
    for (FacetDim dim : List.of(FacetDim.REGION, FacetDim.ORGANIZATION, FacetDim.PUBLICATION, FacetDim.FORMAT)) {
      for (String value : topValues(all, dim, 2)) {
        filters.add(SearchState.empty().withFacet(dim, value));
        filters.add(SearchState.empty().withExclude(dim, value).withQuery(QUERIES.get(filters.size() % 4)));
      }
    }
    for (String year : topValues(all, FacetDim.DATE, 2)) {
      PartialDate y = PartialDate.parse(year);
      filters.add(SearchState.empty().withRange(y, y).withSort(Sort.OLDEST));
    }
    for (int i = 0; i < QUERIES.size(); i++) {
      SearchState query = SearchState.empty().withQuery(QUERIES.get(i));
      out.add(query.href());
      out.add(query.withSort(i % 2 == 0 ? Sort.NEWEST : Sort.OLDEST).href());
      out.add(query.withPage(2).href());
      SearchState filtered = filters.isEmpty() ? query : filters.get(i % filters.size()).withQuery(query.q());
      out.add(filtered.href());
      out.add(filtered.href(i % 3 == 0 ? "/search.atom" : i % 3 == 1 ? "/api/search" : "/export.csv"));
      JsonNode hits = get(baseUrl, query.href("/api/search")).get("hits");
      if (!hits.isEmpty()) out.add(hits.get(0).get("url").asText()); // the document, the words marked
      if (hits.size() > 1) out.add("/api/doc/" + hits.get(1).get("id").asText());
    }
    filters.forEach(f -> out.add(f.href()));
    return List.copyOf(out);
  }

  /** The paths of the first {@code n} values of a dimension in the sidebar of the whole index. */
  private static List<String> topValues(JsonNode search, FacetDim dim, int n) {
    List<String> values = new ArrayList<>();
    for (JsonNode facet : search.get("facets")) {
      if (!facet.get("dim").asText().equals(dim.key)) continue;
      for (JsonNode v : facet.get("values")) {
        if (values.size() < n) values.add(v.get("path").asText());
      }
    }
    return values;
  }

  private static JsonNode get(String baseUrl, String path) throws IOException, InterruptedException {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
        .build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) throw new IOException(path + " answered " + r.statusCode());
    return JSON.readTree(r.body());
  }
}
