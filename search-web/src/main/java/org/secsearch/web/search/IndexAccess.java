package org.secsearch.web.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.facet.taxonomy.SearcherTaxonomyManager;
import org.apache.lucene.facet.taxonomy.SearcherTaxonomyManager.SearcherAndTaxonomy;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LRUQueryCache;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.secsearch.indexer.schema.IndexSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a consistent (searcher, taxonomy) pair open over the index folder while an indexer writes to it: a
 * background thread picks up each new commit within a second; searches hold a reference, so a commit or a
 * refresh never pulls a reader from under them. An index that does not exist yet is opened once it appears;
 * one that cannot be refreshed (deleted and rebuilt underneath) is reopened from scratch.
 */
public final class IndexAccess implements Closeable {
  /** Work done with an acquired searcher and taxonomy. */
  public interface Work<T> {
    T apply(SearcherAndTaxonomy s) throws IOException;
  }

  private static final Logger LOG = LoggerFactory.getLogger(IndexAccess.class);

  private final Path indexDir;
  private final ScheduledExecutorService refresher;
  private volatile Opened opened;
  private final FacetOrdinals ordinals = new FacetOrdinals();
  private final LRUQueryCache hitSets = HitSetCache.create();
  /** Threads one search spreads its segments over (the caller's thread takes part too). */
  private static final int SEARCH_THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());
  private final ExecutorService searchThreads = daemons(SEARCH_THREADS, "search");
  /**
   * Threads that run a drill-down's sideways searches side by side; separate from the search threads, which those
   * searches use in turn.
   */
  private final ExecutorService sidewaysThreads = daemons(SEARCH_THREADS, "drill-sideways");

  private static ExecutorService daemons(int n, String name) {
    return Executors.newFixedThreadPool(n, r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    });
  }

  private record Opened(Directory docs, Directory taxonomy, SearcherTaxonomyManager manager) implements Closeable {
    @Override
    public void close() throws IOException {
      try (docs; taxonomy) {
        manager.close();
      }
    }
  }

  public IndexAccess(Path indexDir, long refreshMillis) {
    this.indexDir = indexDir;
    refresh();
    refresher = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "index-refresh");
      t.setDaemon(true);
      return t;
    });
    refresher.scheduleWithFixedDelay(this::refresh, refreshMillis, refreshMillis, TimeUnit.MILLISECONDS);
  }

  /** The threads for a drill-down's sideways searches. */
  ExecutorService sidewaysThreads() {
    return sidewaysThreads;
  }

  /** The facet ordinals of the open segments, for counting. */
  FacetOrdinals ordinals() {
    return ordinals;
  }

  /** Forgets every kept hit set (benchmarks measure searches both with and without them). */
  public void clearHitSets() {
    hitSets.clear();
  }

  /** How many times a search found a segment's hit set kept (for tests). */
  long hitSetHits() {
    return hitSets.getHitCount();
  }

  public Path indexDir() {
    return indexDir;
  }

  /** Whether there is an index to search. */
  public boolean isOpen() {
    return opened != null;
  }

  /** Runs {@code work} on the current searcher; returns {@code whenMissing} while there is no index yet. */
  public <T> T read(Work<T> work, T whenMissing) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Opened o = opened;
      if (o == null) return whenMissing;
      SearcherAndTaxonomy s;
      try {
        s = o.manager().acquire();
      } catch (AlreadyClosedException e) {
        if (attempt < 3) continue; // swapped for a reopened index between reading the field and acquiring
        throw e;
      }
      try {
        return work.apply(s);
      } finally {
        o.manager().release(s);
      }
    }
  }

  /** Picks up new commits; opens the index when it first appears; reopens it when a refresh fails. */
  synchronized void refresh() {
    try {
      Opened o = opened;
      if (o == null) {
        opened = open();
      } else {
        o.manager().maybeRefresh();
      }
      read(s -> {
        ordinals.warm(s.searcher().getIndexReader(), s.taxonomyReader()); // new segments: read here, not in a search
        return null;
      }, null);
    } catch (IOException | RuntimeException e) {
      LOG.warn("index refresh failed ({}); reopening {}", e.toString(), indexDir);
      reopen();
    }
  }

  private void reopen() {
    Opened old = opened;
    try {
      opened = open();
    } catch (IOException | RuntimeException e) {
      opened = null;
      LOG.warn("index at {} cannot be opened: {}", indexDir, e.toString());
    }
    if (old != null) {
      try {
        old.close(); // searches holding the old searcher keep it until they release it
      } catch (IOException e) {
        LOG.warn("closing the previous index reader failed: {}", e.toString());
      }
    }
  }

  /** Opens both directories, or returns null when the index has not been committed yet. */
  private Opened open() throws IOException {
    Path docsPath = indexDir.resolve(IndexSchema.DOCS_DIR), taxoPath = indexDir.resolve(IndexSchema.TAXONOMY_DIR);
    if (!Files.isDirectory(docsPath) || !Files.isDirectory(taxoPath)) return null;
    Directory docs = FSDirectory.open(docsPath);
    Directory taxonomy = FSDirectory.open(taxoPath);
    try {
      if (!DirectoryReader.indexExists(docs) || !DirectoryReader.indexExists(taxonomy)) {
        docs.close();
        taxonomy.close();
        return null;
      }
      SearcherFactory sliced = new SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
          IndexSearcher searcher = new SlicedSearcher(reader, searchThreads, SEARCH_THREADS);
          searcher.setQueryCache(hitSets);
          searcher.setQueryCachingPolicy(HitSetCache.POLICY);
          return searcher;
        }
      };
      return new Opened(docs, taxonomy, new SearcherTaxonomyManager(docs, taxonomy, sliced));
    } catch (IOException | RuntimeException e) {
      docs.close();
      taxonomy.close();
      throw e;
    }
  }

  @Override
  public void close() throws IOException {
    refresher.shutdownNow();
    searchThreads.shutdownNow();
    sidewaysThreads.shutdownNow();
    synchronized (this) {
      Opened o = opened;
      opened = null;
      if (o != null) o.close();
    }
  }
}
