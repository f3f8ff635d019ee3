package org.secsearch.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.secsearch.web.search.EquivalentNames;
import org.secsearch.web.search.SearchService;

/**
 * Measures our search in this JVM: {@link SearchService#search} exactly as the search page calls it (ranked page of
 * highlighted hits, exact total, DrillSideways counts for every facet, spelling suggestion), no HTTP, no HTML.
 */
public final class InProcessRunner {
  static final String NOTES = "SearchService.search as the page calls it: page of 20 highlighted hits (the page "
      + "size), exact total, DrillSideways counts of all 8 facet dimensions";

  private InProcessRunner() {}

  /** Mode of the run whose searches each start with no kept hit sets, as a search never made before does. */
  static final String COLD = "in-process-cold";

  /**
   * Runs the mix once per client count and returns one result each; with {@code cold}, one more run on one client
   * with the kept hit sets dropped before every search.
   */
  public static List<BenchResult> run(Path indexDir, MixDriver driver, List<Integer> clientCounts, boolean cold)
      throws Exception {
    List<BenchResult> out = new ArrayList<>();
    try (SearchService service = new SearchService(indexDir, null, EquivalentNames.standard(), 60_000)) {
      SearchService.Status status = service.status();
      if (!status.ready()) throw new IllegalStateException("no index at " + indexDir);
      MixDriver.Client client = q -> service.search(WebSearches.state(q));
      String empty = driver.emptyNote(q -> service.search(WebSearches.state(q)).total());
      for (int clients : clientCounts) {
        Latencies l = driver.run(i -> client, clients);
        out.add(BenchResult.of("secsearch", "in-process", clients, status.documents(), driver, l, heapAfterGc(),
            NOTES + "; " + empty));
      }
      if (cold) {
        MixDriver.Client first = q -> {
          service.clearHitSets();
          service.search(WebSearches.state(q));
        };
        Latencies l = driver.run(i -> first, 1);
        out.add(BenchResult.of("secsearch", COLD, 1, status.documents(), driver, l, heapAfterGc(),
            NOTES + "; kept hit sets dropped before every search; " + empty));
      }
    }
    return out;
  }

  /** Heap in use after full collections, in MB. */
  static double heapAfterGc() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) System.gc();
    return (rt.totalMemory() - rt.freeMemory()) / (1024.0 * 1024.0);
  }
}
