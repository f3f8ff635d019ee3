package org.secsearch.web.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.MultiFacets;
import org.apache.lucene.facet.taxonomy.TaxonomyReader;
import org.apache.lucene.search.IndexSearcher;
import org.secsearch.indexer.schema.FacetDim;

/**
 * DrillSideways whose counts come from {@link OrdinalCounts}: the drill-down hits are counted in every dimension,
 * each sideways hit set only in its own dimension (the only counts anyone reads from it). Given an executor, it
 * runs the drill-down and each sideways search as separate queries in parallel (Lucene's concurrent DrillSideways)
 * instead of one pass that tests every filter on every document of the base query.
 */
final class CountingDrillSideways extends DrillSideways {
  private final FacetOrdinals ordinals;
  private final int parallelHits;

  /** @param sideways runs the sideways searches in parallel; null to search in one pass */
  CountingDrillSideways(IndexSearcher searcher, FacetsConfig config, TaxonomyReader taxonomy,
      FacetOrdinals ordinals, ExecutorService sideways) {
    this(searcher, config, taxonomy, ordinals, sideways, OrdinalCounts.PARALLEL_HITS);
  }

  /** With {@code parallelHits}: how many hits make counting worth spreading over the searcher's threads. */
  CountingDrillSideways(IndexSearcher searcher, FacetsConfig config, TaxonomyReader taxonomy,
      FacetOrdinals ordinals, ExecutorService sideways, int parallelHits) {
    super(searcher, config, taxonomy, null, sideways);
    this.ordinals = ordinals;
    this.parallelHits = parallelHits;
  }

  @Override
  protected Facets buildFacetsResult(FacetsCollector drillDowns, FacetsCollector[] drillSideways,
      String[] drillSidewaysDims) throws IOException {
    int parts = searcher.getSlices().length;
    Facets all = OrdinalCounts.count(drillDowns, ordinals, taxoReader, null, searcher.getTaskExecutor(), parts, parallelHits);
    if (drillSideways == null || drillSideways.length == 0) return all;
    Map<String, Facets> sideways = new HashMap<>();
    for (int i = 0; i < drillSideways.length; i++) {
      FacetDim dim = FacetDim.byKey(drillSidewaysDims[i]).orElseThrow();
      sideways.put(dim.key, OrdinalCounts.count(drillSideways[i], ordinals, taxoReader, dim,
          searcher.getTaskExecutor(), parts, parallelHits));
    }
    return new MultiFacets(sideways, all);
  }
}
