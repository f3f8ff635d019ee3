package org.secsearch.web.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.taxonomy.SearcherTaxonomyManager.SearcherAndTaxonomy;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHitCountCollectorManager;
import org.secsearch.indexer.index.DocumentIds;
import org.secsearch.indexer.index.IndexStats;
import org.secsearch.indexer.schema.FacetDim;
import org.secsearch.indexer.schema.Fields;
import org.secsearch.indexer.schema.IndexSchema;

/**
 * The search behind every page, feed and API route: ranked hits, DrillSideways facet counts, documents and
 * original files. A service, independent of Javalin; it reads a live index through {@link IndexAccess}.
 */
public final class SearchService implements Closeable {
  /** An original file to send: where it is and the name to give the download. */
  public record Original(Path file, String fileName) {}

  /** Whether the index exists and how many documents it holds. */
  public record Status(boolean ready, int documents, Path indexDir) {}

  private final IndexAccess index;
  private final Path corpus;
  private final QueryBuilder builder;
  private final SpellingSuggester spelling;
  private final FacetCounter facetCounter = new FacetCounter();
  private final HitReader hitReader = new HitReader();
  private final FacetsConfig config = IndexSchema.facetsConfig();

  /**
   * @param corpus the folder the index was built from, for downloads of originals; null to use the folder the
   *     indexer recorded in the index's last commit
   * @param refreshMillis how often to look for new commits
   */
  public SearchService(Path indexDir, Path corpus, QueryExpander expander, long refreshMillis) {
    this.index = new IndexAccess(indexDir, refreshMillis);
    this.corpus = corpus;
    this.builder = new QueryBuilder(expander);
    this.spelling = new SpellingSuggester(expander);
  }

  public SearchResult search(SearchState state) throws IOException {
    long t0 = System.nanoTime();
    UserQueryParser.Parsed parsed = parse(state.q());
    return index.read(s -> {
      Query text = textQuery(parsed, s);
      Query proximity = proximity(parsed, text, state.sort());
      int n = state.page() * SearchState.PAGE_SIZE;
      // Two passes: one counts every hit (the total and DrillSideways facet counts) without scoring, from the hit
      // sets kept in the cache when the same words were searched before; one ranks, skipping what cannot reach
      // the page (block-max WAND).
      DrillSideways ds = new CountingDrillSideways(s.searcher(), config, s.taxonomyReader(), index.ordinals(),
          index.sidewaysThreads());
      DrillSideways.ConcurrentDrillSidewaysResult<Integer> counted = guarded(() -> ds.search(
          drillDown(text, state, false), new TotalHitCountCollectorManager(s.searcher().getSlices())));
      TopDocs first = guarded(() -> s.searcher().search(drillDown(text, state, true),
          hits(state.sort(), text != null, Proximity.firstPass(proximity, n))));
      TopDocs top = Proximity.rerank(s.searcher(), first, proximity, n);
      int from = Math.min(top.scoreDocs.length, n - SearchState.PAGE_SIZE);
      ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
      return new SearchResult(state, counted.collectorResult, hitReader.read(s.searcher(), page, text, true),
          facetCounter.groups(counted.facets, state), spelling.suggest(s.searcher().getIndexReader(), parsed, state.q()),
          parsed.notes(), s.searcher().getIndexReader().numDocs(), millisSince(t0));
    }, new SearchResult(state, 0, List.of(), List.of(), null, parsed.notes(), 0, millisSince(t0)));
  }

  /** The first {@code n} hits in the given order, without facets: for feeds and exports. */
  public List<Hit> top(SearchState state, Sort sort, int n, boolean snippets) throws IOException {
    UserQueryParser.Parsed parsed = parse(state.q());
    return index.read(s -> {
      Query text = textQuery(parsed, s);
      Query proximity = proximity(parsed, text, sort);
      TopDocs first = guarded(() -> s.searcher().search(drillDown(text, state, true),
          hits(sort, text != null, Proximity.firstPass(proximity, n))));
      TopDocs top = Proximity.rerank(s.searcher(), first, proximity, n);
      return hitReader.read(s.searcher(), top.scoreDocs, text, snippets);
    }, List.of());
  }

  /** A report by id with the search's words highlighted; empty for an unknown or malformed id. */
  public Optional<DocumentView> document(String id, SearchState state) throws IOException {
    if (!DocumentIds.isValid(id)) return Optional.empty();
    return index.read(s -> {
      Query text;
      try {
        text = textQuery(parse(state.q()), s);
      } catch (InvalidSearchException e) {
        text = null; // the document is still worth showing, just without highlights
      }
      return DocumentReader.read(s.searcher(), id, text, corpus(s) != null);
    }, Optional.empty());
  }

  /**
   * The original file of a report, looked up by id only: its stored corpus-relative path must resolve to a
   * regular file inside the corpus folder (no links out, no "..").
   */
  public Optional<Original> original(String id) throws IOException {
    if (!DocumentIds.isValid(id)) return Optional.empty();
    record Located(String relative, Path corpus) {}
    Located at = index.read(s -> {
      Path root = corpus(s);
      int doc = root == null ? -1 : DocumentReader.docId(s.searcher(), id);
      return doc < 0 ? null
          : new Located(s.searcher().storedFields().document(doc, Set.of(Fields.PATH)).get(Fields.PATH), root);
    }, null);
    if (at == null || at.relative() == null || !Files.isDirectory(at.corpus())) return Optional.empty();
    Path root = at.corpus().toRealPath();
    Path file = root.resolve(at.relative()).normalize();
    if (!file.startsWith(root) || !Files.isRegularFile(file)) return Optional.empty();
    Path real = file.toRealPath();
    if (!real.startsWith(root)) return Optional.empty();
    return Optional.of(new Original(real, file.getFileName().toString()));
  }

  /** The corpus folder: the one given at start-up, else the one the indexer recorded in the commit searched. */
  private Path corpus(SearcherAndTaxonomy s) throws IOException {
    if (corpus != null) return corpus;
    if (!(s.searcher().getIndexReader() instanceof DirectoryReader reader)) return null;
    String recorded = reader.getIndexCommit().getUserData().get(IndexSchema.CORPUS_ROOT);
    return recorded == null ? null : Path.of(recorded);
  }

  /** Drops the hit sets kept from earlier searches (for benchmarks of searches never made before). */
  public void clearHitSets() {
    index.clearHitSets();
  }

  /** The index access, for tests. */
  IndexAccess index() {
    return index;
  }

  public Status status() throws IOException {
    int docs = index.read(s -> s.searcher().getIndexReader().numDocs(), -1);
    return new Status(docs >= 0, Math.max(0, docs), index.indexDir());
  }

  /** Index vital signs (documents, last commit, size, top facet values); null while there is no index. */
  public IndexStats.Stats stats(int topN) throws IOException {
    return index.isOpen() ? IndexStats.read(index.indexDir(), topN) : null;
  }

  @Override
  public void close() throws IOException {
    index.close();
  }

  /** Parses the query box; anything unexpected becomes a message for the user, never a server error. */
  private static UserQueryParser.Parsed parse(String q) {
    try {
      return UserQueryParser.parse(q);
    } catch (InvalidSearchException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      throw new InvalidSearchException("This query could not be read. Check its quotes and parentheses, "
          + "or search for plain words.");
    }
  }

  private Query textQuery(UserQueryParser.Parsed parsed, SearcherAndTaxonomy s) throws IOException {
    return guarded(() -> builder.build(parsed, s.taxonomyReader()));
  }

  /** The proximity boost for a relevance-ranked text search; null otherwise (a date order has no use for it). */
  private Query proximity(UserQueryParser.Parsed parsed, Query text, Sort sort) {
    return text != null && sort == Sort.RELEVANCE ? builder.proximity(parsed) : null;
  }

  /**
   * The text query (or everything) narrowed by the date range and the exclusions, the base of the drill-down; the
   * text scores only when {@code scored} (the counting pass needs none, so its hit set can be kept and reused).
   */
  private DrillDownQuery drillDown(Query text, SearchState state, boolean scored) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(text == null ? new MatchAllDocsQuery() : text,
        scored ? Occur.MUST : Occur.FILTER);
    if (state.from() != null || state.to() != null) {
      long from = state.from() == null ? Long.MIN_VALUE : state.from().start().toEpochDay();
      long to = state.to() == null ? Long.MAX_VALUE : state.to().end().toEpochDay();
      b.add(LongField.newRangeQuery(Fields.DATE_DAY, from, to), Occur.FILTER);
    }
    for (FacetDim dim : FacetDim.values()) {
      for (String v : state.excluded(dim)) {
        b.add(new TermQuery(DrillDownQuery.term(config.getDimConfig(dim.key).indexFieldName, dim.key,
            dim.components(v))), Occur.MUST_NOT);
      }
    }
    // Values of one dimension are OR'ed (repeated add), dimensions AND'ed; DrillSideways counts each
    // drilled dimension without its own filter, so its other values keep their counts.
    DrillDownQuery ddq = new DrillDownQuery(config, b.build());
    for (FacetDim dim : FacetDim.values()) {
      for (String v : state.selected(dim)) ddq.add(dim.key, dim.components(v));
    }
    return ddq;
  }

  /**
   * Top-n collection by score, or by date (undated reports last) with score breaking ties; its total is a lower
   * bound (the counting pass has the exact one), which lets Lucene skip blocks of postings that cannot make the top.
   */
  private static CollectorManager<?, ? extends TopDocs> hits(Sort sort, boolean hasText, int n) {
    if (sort == Sort.RELEVANCE && hasText) return new TopScoreDocCollectorManager(n, null, n);
    boolean newest = sort != Sort.OLDEST; // with no query, relevance means nothing: newest first
    SortField date = LongField.newSortField(Fields.DATE_DAY, newest, SortedNumericSelector.Type.MIN,
        newest ? Long.MIN_VALUE : Long.MAX_VALUE);
    return new TopFieldCollectorManager(new org.apache.lucene.search.Sort(date, SortField.FIELD_SCORE), n, null, n);
  }

  private interface IoWork<T> {
    T run() throws IOException;
  }

  /** Runs query construction or execution, turning Lucene's refusals of huge queries into user messages. */
  private static <T> T guarded(IoWork<T> work) throws IOException {
    try {
      return work.run();
    } catch (IndexSearcher.TooManyClauses e) {
      throw new InvalidSearchException("This query expands to too many terms; make prefixes* longer or "
          + "use fewer words.");
    } catch (StackOverflowError e) {
      throw new InvalidSearchException("This query is nested too deeply to run.");
    }
  }

  private static long millisSince(long t0) {
    return (System.nanoTime() - t0) / 1_000_000;
  }
}
