package org.secsearch.web.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.taxonomy.FacetLabel;
import org.apache.lucene.facet.taxonomy.ParallelTaxonomyArrays;
import org.apache.lucene.facet.taxonomy.TaxonomyReader;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.TaskExecutor;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.secsearch.indexer.schema.FacetDim;

/**
 * Facet counts of a set of hits over the taxonomy, counted from {@link FacetOrdinals}' flat arrays; answers as
 * Lucene's taxonomy counts do (top children by count, ties to the older value; a value's own count; null for a path
 * with no counted children). Multi-valued dimensions index every ancestor of a value, so their counts are exact
 * as counted; single-valued ones (date, publication, format) index the value only and are rolled up here.
 */
final class OrdinalCounts extends Facets {
  private final TaxonomyReader taxonomy;
  private final int[] counts;

  private OrdinalCounts(TaxonomyReader taxonomy, int[] counts) {
    this.taxonomy = taxonomy;
    this.counts = counts;
  }

  /** Below this many hits, counting in parallel costs more than it saves. */
  static final int PARALLEL_HITS = 20_000;

  /**
   * Counts the hits in every dimension, or in {@code only} when it is not null (a sideways count); with many hits
   * spread over several segments (at least {@code parallelHits}), in up to {@code parts} parallel tasks on the
   * searcher's executor.
   */
  static OrdinalCounts count(FacetsCollector hits, FacetOrdinals ordinals, TaxonomyReader taxonomy, FacetDim only,
      TaskExecutor executor, int parts, int parallelHits) throws IOException {
    List<FacetsCollector.MatchingDocs> segments = hits.getMatchingDocs();
    long total = segments.stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
    int[] counts;
    if (parts < 2 || segments.size() < 2 || total < parallelHits) {
      counts = new int[taxonomy.getSize()];
      countInto(counts, segments, ordinals, taxonomy, only);
    } else {
      List<Callable<int[]>> tasks = new ArrayList<>();
      for (List<FacetsCollector.MatchingDocs> share : shares(segments, parts)) {
        tasks.add(() -> {
          int[] c = new int[taxonomy.getSize()];
          countInto(c, share, ordinals, taxonomy, only);
          return c;
        });
      }
      List<int[]> partial = executor.invokeAll(tasks);
      counts = partial.get(0);
      for (int p = 1; p < partial.size(); p++) {
        int[] c = partial.get(p);
        for (int i = 0; i < counts.length; i++) counts[i] += c[i];
      }
    }
    rollUpSingleValued(counts, taxonomy, ordinals.dimensions(taxonomy).rolledUp());
    return new OrdinalCounts(taxonomy, counts);
  }

  /** The segments dealt into at most {@code parts} shares of about equal hits (largest first, to the lightest). */
  private static List<List<FacetsCollector.MatchingDocs>> shares(List<FacetsCollector.MatchingDocs> segments,
      int parts) {
    List<FacetsCollector.MatchingDocs> bySize = new ArrayList<>(segments);
    bySize.sort((a, b) -> Integer.compare(b.totalHits(), a.totalHits()));
    List<List<FacetsCollector.MatchingDocs>> shares = new ArrayList<>();
    long[] load = new long[Math.min(parts, bySize.size())];
    for (int i = 0; i < load.length; i++) shares.add(new ArrayList<>());
    for (FacetsCollector.MatchingDocs m : bySize) {
      int lightest = 0;
      for (int i = 1; i < load.length; i++) if (load[i] < load[lightest]) lightest = i;
      shares.get(lightest).add(m);
      load[lightest] += m.totalHits();
    }
    return shares;
  }

  private static void countInto(int[] counts, List<FacetsCollector.MatchingDocs> segments, FacetOrdinals ordinals,
      TaxonomyReader taxonomy, FacetDim only) throws IOException {
    int dims = FacetOrdinals.DIMS;
    int first = only == null ? 0 : only.ordinal(), last = only == null ? dims : only.ordinal() + 1;
    for (FacetsCollector.MatchingDocs m : segments) {
      if (m.totalHits() == 0) continue;
      FacetOrdinals.Segment s = ordinals.of(m.context(), taxonomy);
      if (2L * m.totalHits() > m.context().reader().numDocs() && m.bits() instanceof BitDocIdSet set
          && set.bits() instanceof FixedBitSet hits) {
        FacetOrdinals.LiveCounts all = ordinals.liveCounts(m.context(), taxonomy);
        if (all != null) {
          countComplement(counts, hits, m.context().reader().getLiveDocs(), s, all, first, last);
          continue;
        }
      }
      DocIdSetIterator it = m.bits().iterator();
      if (it == null) continue;
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        s.add(counts, doc, first, last, 1);
      }
    }
  }

  /**
   * Counts a segment where most live documents are hits (a common word matches nearly every report): its live
   * totals, minus the live documents that are not hits. Walks the few misses instead of the many hits.
   */
  private static void countComplement(int[] counts, FixedBitSet hits, Bits live, FacetOrdinals.Segment s,
      FacetOrdinals.LiveCounts all, int first, int last) {
    complementSegments.incrementAndGet();
    for (int d = first; d < last; d++) {
      int[] o = all.ords()[d], c = all.counts()[d];
      for (int i = 0; i < o.length; i++) counts[o[i]] += c[i];
    }
    int maxDoc = s.maxDoc();
    long[] words = hits.getBits();
    for (int w = 0, n = FixedBitSet.bits2words(maxDoc); w < n; w++) {
      long misses = w < words.length ? ~words[w] : -1L;
      if (w == n - 1 && (maxDoc & 63) != 0) misses &= (1L << (maxDoc & 63)) - 1; // no documents past the end
      while (misses != 0) {
        int doc = (w << 6) + Long.numberOfTrailingZeros(misses);
        misses &= misses - 1;
        if (live != null && !live.get(doc)) continue; // deleted: in neither the hits nor the totals
        s.add(counts, doc, first, last, -1);
      }
    }
  }

  /** How many segments were counted by their misses (for tests). */
  static final AtomicLong complementSegments = new AtomicLong();

  /** Adds each value of a single-valued dimension into its parents, up to the dimension's own total. */
  private static void rollUpSingleValued(int[] counts, TaxonomyReader taxonomy, int[] rolledUp) throws IOException {
    ParallelTaxonomyArrays.IntArray parents = taxonomy.getParallelTaxonomyArrays().parents();
    for (int ord : rolledUp) {
      if (counts[ord] > 0) counts[parents.get(ord)] += counts[ord];
    }
  }

  @Override
  public FacetResult getTopChildren(int topN, String dim, String... path) throws IOException {
    validateTopN(topN);
    return children(dim, path, topN);
  }

  @Override
  public FacetResult getAllChildren(String dim, String... path) throws IOException {
    return children(dim, path, Integer.MAX_VALUE);
  }

  /** The counted children of a path, the {@code topN} largest first (ties: the older value first). */
  private FacetResult children(String dim, String[] path, int topN) throws IOException {
    int ord = taxonomy.getOrdinal(new FacetLabel(dim, path));
    if (ord < 0) return null;
    ParallelTaxonomyArrays arrays = taxonomy.getParallelTaxonomyArrays();
    ParallelTaxonomyArrays.IntArray children = arrays.children(), siblings = arrays.siblings();
    List<int[]> counted = new ArrayList<>();
    for (int child = children.get(ord); child != TaxonomyReader.INVALID_ORDINAL; child = siblings.get(child)) {
      if (counts[child] > 0) counted.add(new int[] {child, counts[child]});
    }
    if (counted.isEmpty()) return null;
    counted.sort((a, b) -> a[1] != b[1] ? Integer.compare(b[1], a[1]) : Integer.compare(a[0], b[0]));
    int n = Math.min(topN, counted.size());
    int[] ords = new int[n];
    for (int i = 0; i < n; i++) ords[i] = counted.get(i)[0];
    FacetLabel[] labels = taxonomy.getBulkPath(ords);
    LabelAndValue[] values = new LabelAndValue[n];
    for (int i = 0; i < n; i++) {
      values[i] = new LabelAndValue(labels[i].components[labels[i].length - 1], counted.get(i)[1]);
    }
    return new FacetResult(dim, path, counts[ord], values, counted.size());
  }

  @Override
  public Number getSpecificValue(String dim, String... path) throws IOException {
    int ord = taxonomy.getOrdinal(new FacetLabel(dim, path));
    return ord < 0 ? -1 : counts[ord];
  }

  @Override
  public List<FacetResult> getAllDims(int topN) throws IOException {
    List<FacetResult> out = new ArrayList<>();
    for (FacetDim d : FacetDim.values()) {
      FacetResult r = getTopChildren(topN, d.key);
      if (r != null) out.add(r);
    }
    out.sort((a, b) -> Integer.compare(b.value.intValue(), a.value.intValue()));
    return out;
  }

  /** A copy of the counts, for tests. */
  int[] counts() {
    return Arrays.copyOf(counts, counts.length);
  }
}
