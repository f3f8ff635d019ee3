package org.secsearch.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.taxonomy.FacetLabel;
import org.apache.lucene.facet.taxonomy.TaxonomyReader;
import org.apache.lucene.facet.taxonomy.directory.DirectoryTaxonomyReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secsearch.indexer.enrich.FileStamp;
import org.secsearch.indexer.enrich.PartialDate;
import org.secsearch.indexer.enrich.Report;
import org.secsearch.indexer.extract.Status;
import org.secsearch.indexer.index.DocumentIds;
import org.secsearch.indexer.index.ReportIndexWriter;
import org.secsearch.indexer.schema.FacetDim;
import org.secsearch.indexer.schema.Fields;
import org.secsearch.indexer.schema.IndexSchema;

/**
 * Our facet counting ({@link CountingDrillSideways}) gives exactly what Lucene's own taxonomy counting gives, for
 * every dimension and every path, over random reports spread across several segments with replaced and deleted
 * documents, for plain searches and for drill-downs with one or more values in several dimensions.
 */
class OrdinalCountsTest {
  private static final String[] WORDS = {"attack", "raid", "court", "blast", "border", "police"};
  private static final String[] COUNTRIES = {"Kazakhstan", "Mali", "Niger", "Colombia", "Iraq"};
  private static final String[] ORGS = {"Alpha Front", "Bravo Movement", "Charlie Brigade", "Delta Service",
      "Echo Council", "Foxtrot Jamaat", "Golf Army"};

  private final Random random = new Random(20261207);

  @Test
  void countsEqualLuceneTaxonomyCountsForEveryDimensionAndPath(@TempDir Path dir) throws Exception {
    try (ReportIndexWriter w = ReportIndexWriter.open(dir, true)) {
      for (int i = 0; i < 600; i++) {
        w.add(randomReport(i), i);
        if (i % 150 == 149) w.commit(); // several segments
      }
      for (int i = 0; i < 600; i += 7) w.put(randomReport(i), 1000 + i); // replaced: old versions deleted
      for (int i = 3; i < 600; i += 31) w.delete(DocumentIds.of("r/" + i + ".txt"));
      w.commit();
    }
    FacetsConfig config = IndexSchema.facetsConfig();
    try (FSDirectory docsDir = FSDirectory.open(dir.resolve(IndexSchema.DOCS_DIR));
        FSDirectory taxoDir = FSDirectory.open(dir.resolve(IndexSchema.TAXONOMY_DIR));
        DirectoryReader reader = DirectoryReader.open(docsDir);
        DirectoryTaxonomyReader taxonomy = new DirectoryTaxonomyReader(taxoDir)) {
      assertThat(reader.leaves()).hasSizeGreaterThan(1);
      assertThat(reader.hasDeletions()).isTrue();
      IndexSearcher searcher = new IndexSearcher(reader);
      ExecutorService threads = Executors.newFixedThreadPool(3);
      ExecutorService sideways = Executors.newFixedThreadPool(2);
      IndexSearcher sliced = new SlicedSearcher(reader, threads, 3);
      assertThat(sliced.getSlices()).hasSizeGreaterThan(1);
      FacetOrdinals ordinals = new FacetOrdinals();
      int compared = 0;
      long complements = OrdinalCounts.complementSegments.get();
      try {
        for (int q = 0; q < 40; q++) {
          DrillDownQuery ddq = randomDrillDown(config, q);
          Facets lucene = new DrillSideways(searcher, config, taxonomy).search(ddq, 10).facets;
          Facets ours = new CountingDrillSideways(searcher, config, taxonomy, ordinals, null).search(ddq, 10).facets;
          compared += assertSame(lucene, ours, taxonomy, ddq.toString());
          // the same on three threads: segments searched in slices, counts summed from parallel tasks, and the
          // drill-down and sideways searches run side by side as separate queries
          Facets parallel = new CountingDrillSideways(sliced, config, taxonomy, ordinals, sideways, 1)
              .search(ddq, 10).facets;
          compared += assertSame(lucene, parallel, taxonomy, ddq.toString() + " in parallel");
        }
      } finally {
        threads.shutdownNow();
        sideways.shutdownNow();
      }
      assertThat(compared).as("paths compared").isGreaterThan(1000);
      assertThat(OrdinalCounts.complementSegments.get() - complements).as("segments counted by their misses")
          .isGreaterThan(20);
      assertThat(ordinals.size()).isEqualTo(reader.leaves().size());
    }
  }

  /** Compares every path of every dimension; returns how many paths were compared. */
  private static int assertSame(Facets lucene, Facets ours, TaxonomyReader taxonomy, String query) throws Exception {
    int n = 0, yearCounts = 0;
    for (int ord = 1; ord < taxonomy.getSize(); ord++) {
      FacetLabel label = taxonomy.getPath(ord);
      String dim = label.components[0];
      String[] path = Arrays.copyOfRange(label.components, 1, label.length);
      String where = query + " at " + label;
      for (int topN : new int[] {1000, 2}) {
        FacetResult l = lucene.getTopChildren(topN, dim, path), o = ours.getTopChildren(topN, dim, path);
        assertThat(o == null).as(where).isEqualTo(l == null);
        if (o == null) continue;
        assertThat(o.labelValues).as(where).containsExactly(l.labelValues);
        assertThat(o.childCount).as(where).isEqualTo(l.childCount);
        // A path's own count. Lucene gives a single-valued dimension's path the sum of its children, which leaves
        // out reports dated by the year alone; ours counts them.
        assertThat(o.value).as(where).isEqualTo(IndexSchema.facetsConfig().getDimConfig(dim).multiValued
            ? l.value : ours.getSpecificValue(dim, path));
      }
      assertThat(sorted(ours.getAllChildren(dim, path))).as(where).isEqualTo(sorted(lucene.getAllChildren(dim, path)));
      if (path.length > 0) {
        assertThat(ours.getSpecificValue(dim, path)).as(where).isEqualTo(lucene.getSpecificValue(dim, path));
      }
      if (dim.equals(FacetDim.DATE.key) && path.length == 1 && lucene.getSpecificValue(dim, path).intValue() > 0) {
        yearCounts++;
      }
      n++;
    }
    assertThat(yearCounts).as("years counted").isGreaterThan(0);
    return n;
  }

  private static List<LabelAndValue> sorted(FacetResult r) {
    if (r == null) return null;
    List<LabelAndValue> l = new ArrayList<>(Arrays.asList(r.labelValues));
    l.sort(Comparator.comparing(lv -> lv.label));
    return l;
  }

  private DrillDownQuery randomDrillDown(FacetsConfig config, int q) {
    // every report, most reports (counted by the ones left out), or a few
    Query base = q % 4 == 0 ? new MatchAllDocsQuery() : q % 4 == 2 ? new BooleanQuery.Builder()
        .add(new MatchAllDocsQuery(), Occur.MUST).add(new TermQuery(new Term(Fields.BODY, pick(WORDS))), Occur.MUST_NOT)
        .build() : new TermQuery(new Term(Fields.BODY, pick(WORDS)));
    DrillDownQuery ddq = new DrillDownQuery(config, base);
    if (q % 3 != 0) ddq.add(FacetDim.REGION.key, pick(COUNTRIES));
    if (q % 3 == 2) ddq.add(FacetDim.REGION.key, pick(COUNTRIES)); // two values of one dimension: OR
    if (q % 5 >= 3) ddq.add(FacetDim.ORGANIZATION.key, pick(ORGS));
    if (q % 7 == 1) ddq.add(FacetDim.DATE.key, String.valueOf(2010 + random.nextInt(5)));
    if (q % 11 == 4) ddq.add(FacetDim.FORMAT.key, "Plain text");
    return ddq;
  }

  private Report randomReport(int i) {
    String path = "r/" + i + ".txt";
    List<String> regions = new ArrayList<>();
    for (int k = random.nextInt(4); k > 0; k--) {
      String country = pick(COUNTRIES);
      int depth = random.nextInt(3);
      regions.add(depth == 0 ? country : depth == 1 ? country + "/Province " + random.nextInt(4)
          : country + "/Province " + random.nextInt(4) + "/Town " + random.nextInt(3));
    }
    List<String> orgs = new ArrayList<>();
    for (int k = random.nextInt(4); k > 0; k--) orgs.add(pick(ORGS));
    List<PartialDate> events = new ArrayList<>();
    for (int k = random.nextInt(3); k > 0; k--) events.add(new PartialDate(2010 + random.nextInt(5), random.nextInt(13), 0));
    PartialDate date = random.nextInt(10) == 0 ? null : new PartialDate(2010 + random.nextInt(5), random.nextInt(13), 0);
    String text = pick(WORDS) + " " + pick(WORDS) + " " + pick(WORDS);
    return new Report(DocumentIds.of(path), path, Status.INDEXED, null, "Report " + i,
        random.nextBoolean() ? "Monitor " + random.nextInt(3) : null, null, null, null, date,
        date == null ? null : "test", null, regions.stream().distinct().toList(),
        regions.isEmpty() ? List.of() : List.of(regions.get(0)), orgs.stream().distinct().toList(),
        random.nextBoolean() ? List.of("Interfax") : List.of(), events.stream().distinct().toList(), "en",
        random.nextBoolean() ? "text/plain" : "text/html", text, new FileStamp(text.length(), 1, "h"), Map.of());
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }
}
