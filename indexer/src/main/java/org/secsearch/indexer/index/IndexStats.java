package org.secsearch.indexer.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.taxonomy.FastTaxonomyFacetCounts;
import org.apache.lucene.facet.taxonomy.directory.DirectoryTaxonomyReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.secsearch.indexer.schema.FacetDim;
import org.secsearch.indexer.schema.IndexSchema;

/** Reads an index's vital signs: documents, last commit time, size on disk and the top values per facet. */
public final class IndexStats {
  /** A facet value and how many documents carry it. */
  public record ValueCount(String value, long count) {}

  /** @param facets per dimension key, its distinct-value count is {@code dimensionCounts} and its top values */
  public record Stats(int documents, Instant lastCommit, long bytesOnDisk, Map<String, Long> dimensionDocs,
      Map<String, List<ValueCount>> facets) {}

  private IndexStats() {}

  public static Stats read(Path indexDir, int topN) throws IOException {
    try (Directory docs = FSDirectory.open(indexDir.resolve(IndexSchema.DOCS_DIR));
        Directory taxo = FSDirectory.open(indexDir.resolve(IndexSchema.TAXONOMY_DIR));
        DirectoryReader reader = DirectoryReader.open(docs);
        DirectoryTaxonomyReader taxoReader = new DirectoryTaxonomyReader(taxo)) {
      String committed = reader.getIndexCommit().getUserData().get(IndexSchema.COMMITTED_AT);
      Instant last = committed == null ? null : Instant.ofEpochMilli(Long.parseLong(committed));
      IndexSearcher searcher = new IndexSearcher(reader);
      FacetsCollector fc = searcher.search(new MatchAllDocsQuery(), new FacetsCollectorManager());
      FastTaxonomyFacetCounts counts = new FastTaxonomyFacetCounts(taxoReader, IndexSchema.facetsConfig(), fc);
      Map<String, Long> dimDocs = new LinkedHashMap<>();
      Map<String, List<ValueCount>> facets = new LinkedHashMap<>();
      for (FacetDim dim : FacetDim.values()) {
        FacetResult r = counts.getTopChildren(topN, dim.key);
        List<ValueCount> values = new ArrayList<>();
        if (r != null) {
          for (LabelAndValue lv : r.labelValues) values.add(new ValueCount(lv.label, lv.value.longValue()));
          dimDocs.put(dim.key, r.value.longValue());
        } else {
          dimDocs.put(dim.key, 0L);
        }
        facets.put(dim.key, values);
      }
      return new Stats(reader.numDocs(), last, size(indexDir), dimDocs, facets);
    }
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }
}
