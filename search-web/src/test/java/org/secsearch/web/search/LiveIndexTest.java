package org.secsearch.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secsearch.indexer.enrich.PartialDate;
import org.secsearch.indexer.enrich.Report;
import org.secsearch.indexer.enrich.ReportEnricher;
import org.secsearch.indexer.enrich.StandardFacetFinder;
import org.secsearch.indexer.index.CorpusIndexer;
import org.secsearch.indexer.index.ProgressListener;
import org.secsearch.indexer.index.ReportIndexWriter;
import org.secsearch.web.TestCorpus;

/**
 * The server reads an index that an indexer is writing: new commits appear, searches keep answering during
 * commits, a report rewritten by the indexer stays one hit, rebuilds keep links working.
 */
class LiveIndexTest {
  static Report numbered(int i) {
    return numbered(i, "");
  }

  /** Report {@code i} (same path, so same id, whatever the text) with {@code more} at the end of its text. */
  static Report numbered(int i, String more) {
    return TestCorpus.report("live/report-" + i + ".txt", "Report " + i, "Checkpoint incident number " + i + more,
        new PartialDate(2015, 1, 1), List.of("Kazakhstan/Aktobe Region"), List.of(), "Live");
  }

  static void await(SearchService s, String qs, long total) throws Exception {
    for (int i = 0; i < 100; i++) {
      if (s.search(SearchStateTest.parse(qs)).total() == total) return;
      Thread.sleep(50);
    }
    assertThat(s.search(SearchStateTest.parse(qs)).total()).isEqualTo(total);
  }

  /** A search with its checks, repeated by a reader thread. */
  interface Search {
    void run() throws Exception;
  }

  /** Starts a thread that repeats {@code search} until {@code done}, counting runs; a failure is kept and ends it. */
  static Thread repeat(Search search, AtomicBoolean done, AtomicReference<Throwable> failure, AtomicInteger runs) {
    return Thread.ofPlatform().start(() -> {
      while (!done.get()) {
        try {
          search.run();
          runs.incrementAndGet();
        } catch (Throwable e) {
          failure.compareAndSet(null, e);
          return;
        }
      }
    });
  }

  @Test
  void anIndexCreatedAfterStartAndEachLaterCommitBecomeSearchable(@TempDir Path index) throws Exception {
    try (SearchService s = new SearchService(index, null, QueryExpander.NONE, 100)) {
      assertThat(s.status().ready()).isFalse();
      try (ReportIndexWriter w = ReportIndexWriter.open(index, false)) {
        w.put(numbered(1), 1);
        w.commit();
        await(s, "q=checkpoint", 1);
        w.put(numbered(2), 2);
        w.put(numbered(3), 3);
        assertThat(s.search(SearchStateTest.parse("q=checkpoint")).total()).isEqualTo(1); // not committed yet
        w.commit();
        await(s, "q=checkpoint", 3);
        assertThat(s.status().documents()).isEqualTo(3);
      }
    }
  }

  @Test
  void searchesNeverFailWhileTheIndexerCommits(@TempDir Path index) throws Exception {
    try (ReportIndexWriter w = ReportIndexWriter.open(index, false)) {
      w.put(numbered(0), 0);
      w.commit();
    }
    AtomicBoolean done = new AtomicBoolean();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    AtomicInteger searches = new AtomicInteger();
    try (SearchService s = new SearchService(index, null, QueryExpander.NONE, 10)) {
      List<Thread> readers = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        long[] last = {0};
        readers.add(repeat(() -> {
          SearchResult r = s.search(SearchStateTest.parse("q=checkpoint&region=Kazakhstan"));
          assertThat(r.total()).isGreaterThanOrEqualTo(last[0]); // documents only ever arrive
          assertThat(r.facet(org.secsearch.indexer.schema.FacetDim.REGION).values().get(0).count())
              .isEqualTo(r.total());
          last[0] = r.total();
        }, done, failure, searches));
      }
      try (ReportIndexWriter w = ReportIndexWriter.open(index, false)) {
        for (int i = 1; i <= 300; i++) {
          w.put(numbered(i), i);
          if (i % 10 == 0) w.commit();
        }
      }
      await(s, "q=checkpoint", 301);
      done.set(true);
      for (Thread t : readers) t.join();
    }
    assertThat(failure.get()).isNull();
    assertThat(searches.get()).isGreaterThan(10);
  }

  /** The indexer rewrites every report, commit after commit, while searches run: each stays exactly one hit. */
  @Test
  void reportsRewrittenWhileSearchesRunAppearOnceEach(@TempDir Path index) throws Exception {
    int n = 40;
    try (ReportIndexWriter w = ReportIndexWriter.open(index, false)) {
      for (int i = 0; i < n; i++) w.put(numbered(i), 0);
      w.commit();
    }
    AtomicBoolean done = new AtomicBoolean();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    AtomicInteger searches = new AtomicInteger();
    try (SearchService s = new SearchService(index, null, QueryExpander.NONE, 10)) {
      SearchState all = SearchStateTest.parse("q=checkpoint");
      Thread reader = repeat(() -> {
        assertThat(s.top(all, Sort.NEWEST, 100, false)).extracting(Hit::id).doesNotHaveDuplicates().hasSize(n);
        assertThat(s.search(all).total()).isEqualTo(n);
      }, done, failure, searches);
      try (ReportIndexWriter w = ReportIndexWriter.open(index, false)) {
        for (int round = 1; round <= 5; round++) {
          for (int i = 0; i < n; i++) w.put(numbered(i, " round" + round), round);
          w.commit();
          await(s, "q=round" + round, n); // the server has this commit while the reader keeps searching
        }
      }
      done.set(true);
      reader.join();
    }
    assertThat(failure.get()).isNull();
    assertThat(searches.get()).isGreaterThan(5);
  }

  /** A URL saved before a rebuild gives the same results after it: ids come from paths, values are canonical. */
  @Test
  void aSavedUrlReturnsTheSameResultsAfterARebuild(@TempDir Path dir) throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus")), index = dir.resolve("index");
    Files.writeString(corpus.resolve("a.txt"), "Border guards detained smugglers near the checkpoint at dawn.");
    Files.writeString(corpus.resolve("b.html"), "<html><head><title>Checkpoint attack</title></head>"
        + "<body><p>Militants attacked a border checkpoint.</p></body></html>");
    Files.createDirectories(corpus.resolve("sub"));
    Files.writeString(corpus.resolve("sub/c.txt"), "A quiet week: no incidents reported.");
    CorpusIndexer indexer = new CorpusIndexer(new ReportEnricher(StandardFacetFinder.get()));
    indexer.run(CorpusIndexer.Options.defaults(corpus, index).withThreads(2), ProgressListener.NONE);

    SearchState saved = SearchState.parse(java.util.Map.of("q", List.of("checkpoint"), "format",
        List.of("Plain text", "HTML"), "sort", List.of("oldest")));
    String before;
    String docBefore;
    try (SearchService s = new SearchService(index, corpus, QueryExpander.NONE, 60_000)) {
      SearchResult r = s.search(saved);
      assertThat(r.total()).isEqualTo(2);
      before = signature(r);
      docBefore = s.document(r.hits().get(0).id(), saved).orElseThrow().title();
    }
    indexer.run(CorpusIndexer.Options.defaults(corpus, index).withThreads(2).withRebuild(true),
        ProgressListener.NONE);
    try (SearchService s = new SearchService(index, corpus, QueryExpander.NONE, 60_000)) {
      SearchResult r = s.search(SearchStateTest.parse(saved.toQueryString()));
      assertThat(signature(r)).isEqualTo(before);
      assertThat(s.document(r.hits().get(0).id(), saved).orElseThrow().title()).isEqualTo(docBefore);
    }
  }

  /** Total, then each hit's id and title in order, then the facet counts. */
  static String signature(SearchResult r) {
    StringBuilder sb = new StringBuilder().append(r.total());
    for (Hit h : r.hits()) sb.append(' ').append(h.id()).append(':').append(h.title());
    for (FacetGroup g : r.facets()) {
      for (FacetValue v : g.values()) sb.append(' ').append(v.path()).append('=').append(v.count());
    }
    return sb.toString();
  }
}
