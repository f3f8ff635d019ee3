package org.secsearch.web.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
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
 * each sideways hit set only in its own dimension (the only counts anyone reads from it).
 */
final class CountingDrillSideways extends DrillSideways {
  private final FacetOrdinals ordinals;

  CountingDrillSideways(IndexSearcher searcher, FacetsConfig config, TaxonomyReader taxonomy,
      FacetOrdinals ordinals) {
    super(searcher, config, taxonomy);
    this.ordinals = ordinals;
  }

  @Override
  protected Facets buildFacetsResult(FacetsCollector drillDowns, FacetsCollector[] drillSideways,
      String[] drillSidewaysDims) throws IOException {
    Facets all = OrdinalCounts.count(drillDowns, ordinals, taxoReader, null);
    if (drillSideways == null || drillSideways.length == 0) return all;
    Map<String, Facets> sideways = new HashMap<>();
    for (int i = 0; i < drillSideways.length; i++) {
      FacetDim dim = FacetDim.byKey(drillSidewaysDims[i]).orElseThrow();
      sideways.put(dim.key, OrdinalCounts.count(drillSideways[i], ordinals, taxoReader, dim));
    }
    return new MultiFacets(sideways, all);
  }
}
