package org.secsearch.web.search;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.taxonomy.ParallelTaxonomyArrays;
import org.apache.lucene.facet.taxonomy.TaxonomyReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.secsearch.indexer.schema.FacetDim;
import org.secsearch.indexer.schema.IndexSchema;

/**
 * The taxonomy ordinals of every document of every open segment, read once from doc values into flat arrays grouped
 * by document and dimension: facet counting then walks plain int arrays instead of decoding doc values hit by hit.
 * A segment's arrays live as long as the segment (dropped when Lucene closes it); about 4 bytes per ordinal plus
 * 4 bytes per document and dimension.
 */
final class FacetOrdinals {
  /** The facet field all dimensions share (the schema gives none its own). */
  private static final String FIELD = IndexSchema.facetsConfig().getDimConfig(FacetDim.REGION.key).indexFieldName;
  static final int DIMS = FacetDim.values().length;

  /**
   * One segment's ordinals. Those of document {@code doc} in dimension {@code d} are
   * {@code ords[starts[doc * DIMS + d] .. starts[doc * DIMS + d + 1])}; all of a document's, in dimension order,
   * {@code ords[starts[doc * DIMS] .. starts[(doc + 1) * DIMS])}.
   */
  record Segment(int[] starts, int[] ords) {
    int maxDoc() {
      return (starts.length - 1) / DIMS;
    }

    /** Adds {@code delta} to the count of each ordinal of document {@code doc} in dimensions [first, last). */
    void add(int[] counts, int doc, int first, int last, int delta) {
      for (int k = starts[doc * DIMS + first], end = starts[doc * DIMS + last]; k < end; k++) counts[ords[k]] += delta;
    }
  }

  /**
   * How many live documents of one segment carry each ordinal, per dimension: {@code counts[d][i]} documents carry
   * {@code ords[d][i]}. Dense hit sets are counted as these totals minus the documents they leave out.
   */
  record LiveCounts(int[][] ords, int[][] counts) {}

  /**
   * Which dimension each ordinal of a taxonomy belongs to (-1: the root, or a dimension not in the schema), and the
   * ordinals below the top of single-valued dimensions, largest first (children before their parents): those whose
   * counts are rolled up.
   */
  record Dimensions(TaxonomyReader taxonomy, byte[] dimOf, int[] rolledUp) {}

  /** The dimensions whose documents index their value alone, not its ancestors (see FacetsConfig). */
  private static final boolean[] SINGLE_VALUED = new boolean[DIMS];

  static {
    FacetsConfig config = IndexSchema.facetsConfig();
    for (FacetDim d : FacetDim.values()) SINGLE_VALUED[d.ordinal()] = !config.getDimConfig(d.key).multiValued;
  }

  private final Map<Object, Segment> segments = new ConcurrentHashMap<>();
  /** Keyed by the segment reader, not its core: a segment's live documents change with its deletions. */
  private final Map<Object, LiveCounts> liveCounts = new ConcurrentHashMap<>();
  private volatile Dimensions dimensions;

  /** The ordinals of a segment, read on first use; {@code taxonomy} must hold every ordinal the segment uses. */
  Segment of(LeafReaderContext leaf, TaxonomyReader taxonomy) throws IOException {
    IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
    if (helper == null) return read(leaf, dimensions(taxonomy)); // not cacheable: read every time
    Object key = helper.getKey();
    Segment s = segments.get(key);
    if (s == null) {
      s = read(leaf, dimensions(taxonomy));
      if (segments.putIfAbsent(key, s) == null) helper.addClosedListener(segments::remove);
    }
    return s;
  }

  /** The counts of every live document of a segment, computed on first use; null when the reader is not cacheable. */
  LiveCounts liveCounts(LeafReaderContext leaf, TaxonomyReader taxonomy) throws IOException {
    IndexReader.CacheHelper helper = leaf.reader().getReaderCacheHelper();
    if (helper == null) return null;
    Object key = helper.getKey();
    LiveCounts c = liveCounts.get(key);
    if (c == null) {
      c = count(leaf, of(leaf, taxonomy), dimensions(taxonomy));
      if (liveCounts.putIfAbsent(key, c) == null) helper.addClosedListener(liveCounts::remove);
    }
    return c;
  }

  /** Reads every segment of a searcher that is not read yet (run after a refresh, so searches find them ready). */
  void warm(IndexReader reader, TaxonomyReader taxonomy) throws IOException {
    for (LeafReaderContext leaf : reader.leaves()) liveCounts(leaf, taxonomy);
  }

  /**
   * Counts the ordinals of a segment's live documents in one pass, then deals those that occur out to their
   * dimensions.
   */
  private static LiveCounts count(LeafReaderContext leaf, Segment s, Dimensions dims) {
    Bits live = leaf.reader().getLiveDocs();
    byte[] dimOf = dims.dimOf();
    int[] counts = new int[dimOf.length];
    for (int doc = 0, maxDoc = s.maxDoc(); doc < maxDoc; doc++) {
      if (live == null || live.get(doc)) s.add(counts, doc, 0, DIMS, 1);
    }
    int[] distinct = new int[DIMS];
    for (int ord = 0; ord < counts.length; ord++) {
      if (counts[ord] > 0) distinct[dimOf[ord]]++; // a segment holds ordinals of known dimensions only
    }
    int[][] outOrds = new int[DIMS][], outCounts = new int[DIMS][];
    for (int d = 0; d < DIMS; d++) {
      outOrds[d] = new int[distinct[d]];
      outCounts[d] = new int[distinct[d]];
    }
    int[] next = new int[DIMS];
    for (int ord = 0; ord < counts.length; ord++) {
      if (counts[ord] == 0) continue;
      int d = dimOf[ord], i = next[d]++;
      outOrds[d][i] = ord;
      outCounts[d][i] = counts[ord];
    }
    return new LiveCounts(outOrds, outCounts);
  }

  /** Number of segments held (for tests). */
  int size() {
    return segments.size();
  }

  /** The dimension of every ordinal of this taxonomy (kept for the latest taxonomy reader seen). */
  Dimensions dimensions(TaxonomyReader taxonomy) throws IOException {
    Dimensions d = dimensions;
    if (d != null && d.taxonomy() == taxonomy) return d;
    int size = taxonomy.getSize();
    byte[] dimOf = new byte[size];
    ParallelTaxonomyArrays.IntArray parents = taxonomy.getParallelTaxonomyArrays().parents();
    if (size > 0) dimOf[TaxonomyReader.ROOT_ORDINAL] = -1;
    for (int ord = 1; ord < size; ord++) {
      int parent = parents.get(ord); // a parent's ordinal is always smaller than its children's
      if (parent == TaxonomyReader.ROOT_ORDINAL) {
        dimOf[ord] = (byte) (int) FacetDim.byKey(taxonomy.getPath(ord).components[0]).map(Enum::ordinal).orElse(-1);
      } else {
        dimOf[ord] = dimOf[parent];
      }
    }
    int[] rolledUp = new int[size];
    int n = 0;
    for (int ord = size - 1; ord > 0; ord--) {
      if (dimOf[ord] >= 0 && SINGLE_VALUED[dimOf[ord]] && parents.get(ord) != TaxonomyReader.ROOT_ORDINAL) {
        rolledUp[n++] = ord;
      }
    }
    d = new Dimensions(taxonomy, dimOf, java.util.Arrays.copyOf(rolledUp, n));
    dimensions = d;
    return d;
  }

  private static Segment read(LeafReaderContext leaf, Dimensions dims) throws IOException {
    int maxDoc = leaf.reader().maxDoc();
    byte[] dimOf = dims.dimOf();
    int[] starts = new int[maxDoc * DIMS + 1];
    SortedNumericDocValues dv = DocValues.getSortedNumeric(leaf.reader(), FIELD);
    for (int doc = dv.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dv.nextDoc()) {
      for (int i = dv.docValueCount(); i > 0; i--) {
        int d = dimOf[(int) dv.nextValue()];
        if (d >= 0) starts[doc * DIMS + d + 1]++;
      }
    }
    for (int i = 1; i < starts.length; i++) starts[i] += starts[i - 1];
    int[] ords = new int[starts[starts.length - 1]];
    int[] next = new int[DIMS];
    dv = DocValues.getSortedNumeric(leaf.reader(), FIELD);
    for (int doc = dv.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dv.nextDoc()) {
      System.arraycopy(starts, doc * DIMS, next, 0, DIMS);
      for (int i = dv.docValueCount(); i > 0; i--) {
        int ord = (int) dv.nextValue();
        int d = dimOf[ord];
        if (d >= 0) ords[next[d]++] = ord;
      }
    }
    return new Segment(starts, ords);
  }
}
