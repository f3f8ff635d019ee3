package org.secsearch.indexer.schema;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.facet.FacetsConfig;

/** The one Analyzer and FacetsConfig of the index; indexer and search-web both take them from here. */
public final class IndexSchema {
  private IndexSchema() {}

  /** Folder inside the index directory that holds the taxonomy (facet ordinals). */
  public static final String TAXONOMY_DIR = "taxonomy";
  /** Folder inside the index directory that holds the documents. */
  public static final String DOCS_DIR = "docs";
  /** Commit user data: when the commit was made (epoch millis). */
  public static final String COMMITTED_AT = "committed_at";
  /** Commit user data: the absolute path of the corpus folder indexed, so the server can serve originals. */
  public static final String CORPUS_ROOT = "corpus";

  /**
   * English analysis for title, body and author: Unicode word breaks, possessives dropped, lower case,
   * accents folded (Ürümqi → urumqi, Қарағанды keeps Cyrillic but é/ā/ğ fold), light KStem stemming.
   * KStem rather than Porter: fewer surprising conflations of place and group names.
   */
  public static Analyzer analyzer() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream ts = new EnglishPossessiveFilter(source);
        ts = new LowerCaseFilter(ts);
        ts = new ASCIIFoldingFilter(ts);
        ts = new KStemFilter(ts);
        return new TokenStreamComponents(source, ts);
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
      }
    };
  }

  /**
   * Every facet dimension is a taxonomy facet (no SortedSet facets: one facet field, one counting path,
   * DrillSideways over all dimensions). Paths are hierarchical; regions, organizations, sources and
   * event dates are multi-valued; dimension counts are kept so a dimension's total is exact.
   */
  public static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    for (FacetDim dim : FacetDim.values()) {
      config.setHierarchical(dim.key, dim.hierarchical);
      boolean multi = dim != FacetDim.DATE && dim != FacetDim.PUBLICATION && dim != FacetDim.FORMAT;
      config.setMultiValued(dim.key, multi);
      config.setRequireDimCount(dim.key, true);
    }
    return config;
  }
}
