package org.secsearch.web.search;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.facet.taxonomy.FacetLabel;
import org.apache.lucene.facet.taxonomy.TaxonomyReader;
import org.secsearch.indexer.schema.FacetDim;

/**
 * Facet values as people write them: trimmed to a path without empty levels, and matched to the indexed spelling
 * when typed in another letter case ({@code region:kazakhstan/aktobe region}).
 */
final class FacetPaths {
  private FacetPaths() {}

  /**
   * The value trimmed and, for paths, without empty or blank levels ("Kazakhstan//Aktobe/" is "Kazakhstan/Aktobe"),
   * so every level is a taxonomy component; empty when nothing is left. URL filters and {@code field:value} in the
   * query box both go through here.
   */
  static String clean(FacetDim dim, String value) {
    String s = value.strip();
    if (!dim.hierarchical) return s;
    return String.join("/", Arrays.stream(s.split("/")).map(String::strip).filter(c -> !c.isEmpty()).toList());
  }

  /** The path as indexed, level by level ignoring case; components that match nothing are kept as typed. */
  static String[] resolve(TaxonomyReader taxonomy, FacetDim dim, String[] path) throws IOException {
    String[] out = path.clone();
    int parent = taxonomy.getOrdinal(new FacetLabel(dim.key));
    for (int level = 0; level < out.length && parent != TaxonomyReader.INVALID_ORDINAL; level++) {
      String[] exact = new String[level + 2];
      exact[0] = dim.key;
      System.arraycopy(out, 0, exact, 1, level + 1);
      int ord = taxonomy.getOrdinal(new FacetLabel(exact));
      if (ord == TaxonomyReader.INVALID_ORDINAL) ord = childIgnoringCase(taxonomy, parent, out, level);
      parent = ord;
    }
    return out;
  }

  /** Scans the parent's children for a label equal ignoring case; on a match, fixes {@code out[level]}. */
  private static int childIgnoringCase(TaxonomyReader taxonomy, int parent, String[] out, int level)
      throws IOException {
    TaxonomyReader.ChildrenIterator children = taxonomy.getChildren(parent);
    for (int c = children.next(); c != TaxonomyReader.INVALID_ORDINAL; c = children.next()) {
      FacetLabel label = taxonomy.getPath(c);
      String last = label.components[label.length - 1];
      if (last.equalsIgnoreCase(out[level])) {
        out[level] = last;
        return c;
      }
    }
    return TaxonomyReader.INVALID_ORDINAL;
  }
}
