package org.secsearch.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.taxonomy.FastTaxonomyFacetCounts;
import org.apache.lucene.facet.taxonomy.directory.DirectoryTaxonomyReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secsearch.indexer.enrich.FileStamp;
import org.secsearch.indexer.enrich.PartialDate;
import org.secsearch.indexer.enrich.Report;
import org.secsearch.indexer.extract.Status;
import org.secsearch.indexer.schema.IndexSchema;

/** Facet counting over what the writer stores: a document counts once per value, however many children. */
class ReportIndexWriterTest {
  @TempDir Path index;

  static Report report(String path, List<String> regions, List<String> orgs, PartialDate date) {
    return new Report(DocumentIds.of(path), path, Status.INDEXED, null, "Title " + path, "Terrorism Monitor", "9",
        "29", null, date, "meta:test", null, regions, List.of(), orgs, List.of(), List.of(), "en", "text/plain",
        "body of " + path, new FileStamp(1, 1, "h"), Map.of());
  }

  @Test
  void hierarchicalMultiValuedRegionsCountEachDocumentOncePerLevel() throws Exception {
    try (ReportIndexWriter w = ReportIndexWriter.open(index, false)) {
      w.put(report("a.txt", List.of("Kazakhstan/Aktobe Region/Shubarshi", "Kazakhstan/Karaganda Region"),
          List.of("Islamic Movement of Uzbekistan"), new PartialDate(2011, 7, 11)), 0);
      w.put(report("b.txt", List.of("Kazakhstan/Aktobe Region", "Russia/Dagestan"),
          List.of("Islamic Movement of Uzbekistan", "Taliban"), new PartialDate(2011, 0, 0)), 0);
      w.commit();
    }
    try (FSDirectory docs = FSDirectory.open(index.resolve(IndexSchema.DOCS_DIR));
        FSDirectory taxo = FSDirectory.open(index.resolve(IndexSchema.TAXONOMY_DIR));
        DirectoryReader reader = DirectoryReader.open(docs);
        DirectoryTaxonomyReader taxoReader = new DirectoryTaxonomyReader(taxo)) {
      FacetsCollector fc = new IndexSearcher(reader).search(new MatchAllDocsQuery(), new FacetsCollectorManager());
      var counts = new FastTaxonomyFacetCounts(taxoReader, IndexSchema.facetsConfig(), fc);
      assertThat(format(counts.getTopChildren(10, "region"))).isEqualTo("Kazakhstan=2 Russia=1");
      assertThat(format(counts.getTopChildren(10, "region", "Kazakhstan")))
          .isEqualTo("Aktobe Region=2 Karaganda Region=1");
      assertThat(format(counts.getTopChildren(10, "org"))).isEqualTo("Islamic Movement of Uzbekistan=2 Taliban=1");
      assertThat(format(counts.getTopChildren(10, "date"))).isEqualTo("2011=2");
      assertThat(format(counts.getTopChildren(10, "date", "2011"))).isEqualTo("07=1");
      assertThat(counts.getTopChildren(10, "region").value.intValue()).isEqualTo(2);
    }
  }

  private static String format(FacetResult r) {
    StringBuilder sb = new StringBuilder();
    for (var lv : r.labelValues) sb.append(sb.isEmpty() ? "" : " ").append(lv.label).append('=').append(lv.value);
    return sb.toString();
  }
}
