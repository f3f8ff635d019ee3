package org.secsearch.web.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.secsearch.indexer.enrich.PartialDate;
import org.secsearch.indexer.schema.FacetDim;

/**
 * The whole state of a search as one value, parsed from and rendered to the query string of {@code /search}.
 * Every change returns a new state and goes back to page 1; unknown parameters are dropped; equal states render
 * byte-identical URLs (defaults left out, dimensions in {@link FacetDim} order, values sorted).
 *
 * <p>Parameters: {@code q}; per dimension its key ({@code region=Kazakhstan/Aktobe%20Region}, repeated for OR)
 * and the key with a leading minus for exclusions ({@code -org=Taliban}); {@code from}/{@code to} as yyyy,
 * yyyy-mm or yyyy-mm-dd; {@code sort} (relevance, newest, oldest); {@code page} (from 1).
 */
public record SearchState(String q, Map<FacetDim, List<String>> include, Map<FacetDim, List<String>> exclude,
    PartialDate from, PartialDate to, Sort sort, int page) {

  public static final int PAGE_SIZE = 20;
  /** Deepest result a page may show: deeper paging costs memory per request and helps nobody. */
  public static final int MAX_RESULTS = 10_000;
  public static final int MAX_PAGE = MAX_RESULTS / PAGE_SIZE;
  /** Facet values per request, and characters per value: enough for any real filter, bounded for the server. */
  static final int MAX_FACET_VALUES = 50;
  static final int MAX_VALUE_CHARS = 300;
  /**
   * Longest canonical query string a request may ask for. Its links (one more filter included) then stay well
   * inside the 8 KB Jetty allows a request line, and the redirect to it inside the 8 KB of a response's headers.
   */
  static final int MAX_QUERY_STRING_CHARS = 4_000;

  private static final SearchState EMPTY = new SearchState("", Map.of(), Map.of(), null, null, Sort.RELEVANCE, 1);

  /** One query-string parameter; also what a form's hidden field carries. */
  public record Param(String name, String value) {}

  public SearchState {
    q = q == null ? "" : q.strip().replaceAll("\\s+", " ");
    include = normalized(include);
    exclude = normalized(exclude);
    sort = sort == null ? Sort.RELEVANCE : sort;
    if (page < 1) throw new InvalidSearchException("Page numbers start at 1.");
    if (page > MAX_PAGE) {
      throw new InvalidSearchException(String.format("Results are shown up to the %,dth (page %d); "
          + "narrow the search with filters or a more specific query.", MAX_RESULTS, MAX_PAGE));
    }
    if (from != null && to != null && from.start().isAfter(to.end())) {
      throw new InvalidSearchException("The date range starts (" + from.iso() + ") after it ends (" + to.iso() + ").");
    }
  }

  public static SearchState empty() {
    return EMPTY;
  }

  /** Reads a query string's parameters; unknown ones are ignored, malformed known ones are an error for the user. */
  public static SearchState parse(Map<String, List<String>> params) {
    Map<FacetDim, List<String>> include = new EnumMap<>(FacetDim.class);
    Map<FacetDim, List<String>> exclude = new EnumMap<>(FacetDim.class);
    for (FacetDim dim : FacetDim.values()) {
      include.put(dim, params.getOrDefault(dim.key, List.of()));
      exclude.put(dim, params.getOrDefault("-" + dim.key, List.of()));
    }
    SearchState state = new SearchState(first(params, "q"), include, exclude, date(params, "from"),
        date(params, "to"), first(params, "sort").isEmpty() ? Sort.RELEVANCE : Sort.byKey(first(params, "sort")),
        page(first(params, "page")), true);
    int length = state.toQueryString().length();
    if (length > MAX_QUERY_STRING_CHARS) {
      throw new InvalidSearchException(String.format("This search is too long for a link (%,d characters once "
          + "encoded; the limit is %,d): shorten the query or remove some filters.", length, MAX_QUERY_STRING_CHARS));
    }
    return state;
  }

  /** Canonical constructor plus a check of the total number of facet values (not needed on derived states). */
  private SearchState(String q, Map<FacetDim, List<String>> include, Map<FacetDim, List<String>> exclude,
      PartialDate from, PartialDate to, Sort sort, int page, boolean checkSize) {
    this(q, include, exclude, from, to, sort, page);
    int values = include.values().stream().mapToInt(List::size).sum()
        + exclude.values().stream().mapToInt(List::size).sum();
    if (checkSize && values > MAX_FACET_VALUES) {
      throw new InvalidSearchException("This search has " + values + " facet filters; the limit is "
          + MAX_FACET_VALUES + ".");
    }
  }

  /** The parameters in canonical order, defaults left out. */
  public List<Param> params() {
    List<Param> out = new ArrayList<>();
    if (!q.isEmpty()) out.add(new Param("q", q));
    for (FacetDim dim : FacetDim.values()) {
      for (String v : include.getOrDefault(dim, List.of())) out.add(new Param(dim.key, v));
      for (String v : exclude.getOrDefault(dim, List.of())) out.add(new Param("-" + dim.key, v));
    }
    if (from != null) out.add(new Param("from", from.iso()));
    if (to != null) out.add(new Param("to", to.iso()));
    if (sort != Sort.RELEVANCE) out.add(new Param("sort", sort.key));
    if (page != 1) out.add(new Param("page", Integer.toString(page)));
    return out;
  }

  public String toQueryString() {
    return params().stream().map(p -> UrlCodec.encode(p.name()) + "=" + UrlCodec.encode(p.value()))
        .collect(Collectors.joining("&"));
  }

  /** Link to this state on {@code path} ({@code /search}, {@code /search.atom}, {@code /api/search}, ...). */
  public String href(String path) {
    String qs = toQueryString();
    return qs.isEmpty() ? path : path + "?" + qs;
  }

  public String href() {
    return href("/search");
  }

  /** Link to a document that keeps this search, so the page highlights the query and links back. */
  public String docHref(String id) {
    return href("/doc/" + UrlCodec.encode(id));
  }

  /** Hidden fields for a form that sets the named parameters itself (and always leaves the page out). */
  public List<Param> formFieldsExcept(String... names) {
    Set<String> skip = Set.of(names);
    return params().stream().filter(p -> !skip.contains(p.name()) && !p.name().equals("page")).toList();
  }

  public boolean isEmpty() {
    return q.isEmpty() && !hasFilters();
  }

  public boolean hasFilters() {
    return !include.isEmpty() || !exclude.isEmpty() || from != null || to != null;
  }

  public boolean isSelected(FacetDim dim, String value) {
    return include.getOrDefault(dim, List.of()).contains(value);
  }

  public boolean isExcluded(FacetDim dim, String value) {
    return exclude.getOrDefault(dim, List.of()).contains(value);
  }

  public List<String> selected(FacetDim dim) {
    return include.getOrDefault(dim, List.of());
  }

  public List<String> excluded(FacetDim dim) {
    return exclude.getOrDefault(dim, List.of());
  }

  public SearchState withQuery(String value) {
    return new SearchState(value, include, exclude, from, to, sort, 1);
  }

  public SearchState withFacet(FacetDim dim, String value) {
    return new SearchState(q, plus(include, dim, value), minus(exclude, dim, value), from, to, sort, 1);
  }

  public SearchState withoutFacet(FacetDim dim, String value) {
    return new SearchState(q, minus(include, dim, value), exclude, from, to, sort, 1);
  }

  /** Ticks a value if it is not selected, unticks it if it is. */
  public SearchState toggle(FacetDim dim, String value) {
    return isSelected(dim, value) ? withoutFacet(dim, value) : withFacet(dim, value);
  }

  public SearchState withExclude(FacetDim dim, String value) {
    return new SearchState(q, minus(include, dim, value), plus(exclude, dim, value), from, to, sort, 1);
  }

  public SearchState withoutExclude(FacetDim dim, String value) {
    return new SearchState(q, include, minus(exclude, dim, value), from, to, sort, 1);
  }

  public SearchState withRange(PartialDate newFrom, PartialDate newTo) {
    return new SearchState(q, include, exclude, newFrom, newTo, sort, 1);
  }

  public SearchState withSort(Sort value) {
    return new SearchState(q, include, exclude, from, to, value, 1);
  }

  public SearchState withPage(int value) {
    return new SearchState(q, include, exclude, from, to, sort, value);
  }

  /** "Clear all": drops every filter, keeps the query and the order. */
  public SearchState withoutFilters() {
    return new SearchState(q, Map.of(), Map.of(), null, null, sort, 1);
  }

  private static Map<FacetDim, List<String>> normalized(Map<FacetDim, List<String>> in) {
    Map<FacetDim, List<String>> out = new EnumMap<>(FacetDim.class);
    if (in != null) {
      in.forEach((dim, values) -> {
        TreeSet<String> clean = new TreeSet<>();
        for (String v : values) {
          String c = cleanValue(dim, v);
          if (!c.isEmpty()) clean.add(c);
        }
        if (!clean.isEmpty()) out.put(dim, List.copyOf(clean));
      });
    }
    return Collections.unmodifiableMap(out);
  }

  /** A value as {@link FacetPaths#clean} leaves it, after a check of its length. */
  private static String cleanValue(FacetDim dim, String v) {
    if (v == null) return "";
    if (v.strip().length() > MAX_VALUE_CHARS) {
      throw new InvalidSearchException("A " + dim.label.toLowerCase() + " filter is longer than "
          + MAX_VALUE_CHARS + " characters.");
    }
    return FacetPaths.clean(dim, v);
  }

  private static Map<FacetDim, List<String>> plus(Map<FacetDim, List<String>> m, FacetDim dim, String v) {
    return changed(m, dim, v, true);
  }

  private static Map<FacetDim, List<String>> minus(Map<FacetDim, List<String>> m, FacetDim dim, String v) {
    return changed(m, dim, v, false);
  }

  /** A copy of {@code m} with {@code v} added to or removed from {@code dim}'s values (the constructor sorts). */
  private static Map<FacetDim, List<String>> changed(Map<FacetDim, List<String>> m, FacetDim dim, String v,
      boolean add) {
    Map<FacetDim, List<String>> out = new EnumMap<>(FacetDim.class);
    out.putAll(m);
    List<String> values = new ArrayList<>(m.getOrDefault(dim, List.of()));
    if (add) values.add(v);
    else values.remove(v);
    out.put(dim, values);
    return out;
  }

  private static String first(Map<String, List<String>> params, String name) {
    List<String> values = params.get(name);
    return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0).strip();
  }

  private static PartialDate date(Map<String, List<String>> params, String name) {
    String v = first(params, name);
    if (v.isEmpty()) return null;
    if (!v.matches("\\d{4}(-\\d{1,2}(-\\d{1,2})?)?")) throw badDate(name, v);
    try {
      return PartialDate.parse(v);
    } catch (IllegalArgumentException e) {
      throw badDate(name, v);
    }
  }

  private static InvalidSearchException badDate(String name, String v) {
    return new InvalidSearchException("“" + v + "” is not a date for “" + name
        + "”: use a year (2011), a month (2011-07) or a day (2011-07-11).");
  }

  private static int page(String v) {
    if (v.isEmpty()) return 1;
    if (!v.matches("\\d{1,9}")) throw new InvalidSearchException("“" + v + "” is not a page number.");
    return Integer.parseInt(v);
  }
}
