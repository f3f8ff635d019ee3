package org.secsearch.web.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.secsearch.indexer.schema.FacetDim;
import org.secsearch.web.search.FacetGroup;
import org.secsearch.web.search.FacetValue;
import org.secsearch.web.search.SearchState;

/**
 * Reports per year as a small bar chart drawn on the server (SVG, no script): one bar per year from the first to
 * the last with reports, empty years included so gaps show; each bar links to that year's filter.
 */
public record Histogram(int width, int height, List<Bar> bars, String firstYear, String lastYear, long max) {
  static final int WIDTH = 240, HEIGHT = 64, GAP = 1;

  /** A year's bar: its geometry in SVG units, its count and what clicking it does. */
  public record Bar(String year, long count, int x, int y, int w, int h, boolean selected, String href) {
    public String title() {
      return year + ": " + count + (count == 1 ? " report" : " reports");
    }
  }

  /** The histogram of the date facet's years, or null when fewer than two years have reports. */
  public static Histogram of(FacetGroup dates, SearchState state) {
    if (dates == null || dates.dim() != FacetDim.DATE) return null;
    List<FacetValue> years = new ArrayList<>(dates.values().stream().filter(v -> v.path().matches("\\d{4}"))
        .sorted(Comparator.comparing(FacetValue::path)).toList());
    if (years.size() < 2) return null;
    int first = Integer.parseInt(years.get(0).path()), last = Integer.parseInt(years.get(years.size() - 1).path());
    if (last - first > 200) return null; // a stray year (a typo in a date) would squash every bar to a line
    long max = Math.max(1, years.stream().mapToLong(FacetValue::count).max().orElse(1));
    int n = last - first + 1;
    int w = Math.max(1, WIDTH / n - GAP);
    List<Bar> bars = new ArrayList<>();
    for (int year = first, i = 0; year <= last; year++, i++) {
      String y = Integer.toString(year);
      FacetValue v = years.stream().filter(f -> f.path().equals(y)).findFirst().orElse(null);
      long count = v == null ? 0 : v.count();
      int h = count == 0 ? 0 : (int) Math.max(2, Math.round((HEIGHT - 2) * (double) count / max));
      bars.add(new Bar(y, count, i * (w + GAP), HEIGHT - h, w, h, state.isSelected(FacetDim.DATE, y),
          state.toggle(FacetDim.DATE, y).href()));
    }
    return new Histogram(n * (w + GAP), HEIGHT, bars, Integer.toString(first), Integer.toString(last), max);
  }
}
