package org.secsearch.indexer.generate.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secsearch.indexer.enrich.ReportEnricher;
import org.secsearch.indexer.enrich.StandardFacetFinder;
import org.secsearch.indexer.extract.Status;
import org.secsearch.indexer.index.CorpusIndexer;
import org.secsearch.indexer.index.IndexStats;
import org.secsearch.indexer.index.IndexSummary;
import org.secsearch.indexer.index.ProgressListener;

/**
 * The indexing benchmark's path on a small N: generate a corpus, index it from scratch with the real indexer
 * (extraction workers, enrichment, Lucene), and find every report indexed with realistic facet spreads.
 */
class GeneratedCorpusIndexingTest {
  static final int DOCS = 200;

  @TempDir Path corpus;
  @TempDir Path index;

  @Test
  void generatedCorpusIndexesWithManyCountriesOrganizationsAndYears() throws Exception {
    new CorpusGenerator(ReportComposer.standard())
        .run(new CorpusGenerator.Options(DOCS, 5, corpus, List.of("html", "txt"), 2), n -> {});
    CorpusIndexer.Options options = CorpusIndexer.Options.defaults(corpus, index).withThreads(2)
        .withCommitEvery(Duration.ofSeconds(30));
    IndexSummary summary = new CorpusIndexer(new ReportEnricher(StandardFacetFinder.get()))
        .run(options, ProgressListener.NONE);
    System.out.println("generated corpus, " + summary.line());

    assertThat(summary.count(Status.INDEXED)).isEqualTo(DOCS);
    IndexStats.Stats stats = IndexStats.read(index, 10_000);
    assertThat(stats.documents()).isEqualTo(DOCS);
    assertThat(stats.dimensionDocs().get("region")).isEqualTo(DOCS);
    assertThat(stats.facets().get("region")).hasSizeGreaterThanOrEqualTo(30);
    assertThat(stats.facets().get("org")).hasSizeGreaterThanOrEqualTo(100);
    assertThat(stats.facets().get("date")).hasSize(15);
    assertThat(stats.facets().get("pub")).hasSizeGreaterThanOrEqualTo(10);
  }
}
