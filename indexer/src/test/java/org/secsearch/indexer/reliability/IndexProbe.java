package org.secsearch.indexer.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.taxonomy.directory.DirectoryTaxonomyReader;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.secsearch.indexer.schema.Fields;
import org.secsearch.indexer.schema.IndexSchema;

/**
 * Opens what an indexing run left in an index folder, the way a search would, and checks it: ids, searches
 * through the index's own analyzer, stored fields, CheckIndex on both directories, facet ordinals.
 */
final class IndexProbe implements AutoCloseable {
  private static final Analyzer ANALYZER = IndexSchema.analyzer();

  /** Directories this probe opened and closes; empty when the caller passed its own. */
  private final List<Directory> owned;
  private final DirectoryReader reader;
  private final DirectoryTaxonomyReader taxonomy;

  /** Opens both directories of an index folder at their last commit; fails if either does not open. */
  IndexProbe(Path indexDir) throws IOException {
    this(FSDirectory.open(indexDir.resolve(IndexSchema.DOCS_DIR)),
        FSDirectory.open(indexDir.resolve(IndexSchema.TAXONOMY_DIR)), true);
  }

  /** Opens the last commits of two directories the caller keeps open. */
  IndexProbe(Directory docs, Directory taxo) throws IOException {
    this(docs, taxo, false);
  }

  private IndexProbe(Directory docs, Directory taxo, boolean own) throws IOException {
    owned = own ? List.of(docs, taxo) : List.of();
    reader = DirectoryReader.open(docs);
    taxonomy = new DirectoryTaxonomyReader(taxo);
  }

  /** Ids of the live documents, duplicates kept so a test can see them. */
  List<String> ids() throws IOException {
    List<String> ids = new ArrayList<>();
    Bits live = MultiBits.getLiveDocs(reader);
    StoredFields stored = reader.storedFields();
    for (int i = 0; i < reader.maxDoc(); i++) {
      if (live == null || live.get(i)) ids.add(stored.document(i, java.util.Set.of(Fields.ID)).get(Fields.ID));
    }
    return ids;
  }

  /** Documents whose body matches {@code words} as a phrase, analysed as the indexer analyses text. */
  int hits(String words) throws IOException {
    return new IndexSearcher(reader).count(bodyQuery(words));
  }

  /** Documents (re)written at or after {@code millis}, by their indexed-at time. */
  int indexedSince(long millis) throws IOException {
    return new IndexSearcher(reader).count(LongField.newRangeQuery(Fields.INDEXED_AT, millis, Long.MAX_VALUE));
  }

  /** The stored document with this id, or null. */
  Document byId(String id) throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    TopDocs top = searcher.search(new TermQuery(new Term(Fields.ID, id)), 2);
    assertThat(top.totalHits.value()).as("documents with id " + id).isLessThanOrEqualTo(1);
    return top.scoreDocs.length == 0 ? null : searcher.storedFields().document(top.scoreDocs[0].doc);
  }

  /**
   * Every facet ordinal a document holds exists in the taxonomy: what the taxonomy-first commit order
   * promises after a crash. Returns the highest ordinal seen.
   */
  int assertFacetOrdinalsResolve() throws IOException {
    int size = taxonomy.getSize(), max = -1;
    for (LeafReaderContext leaf : reader.leaves()) {
      SortedNumericDocValues ords = DocValues.getSortedNumeric(leaf.reader(), FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
      for (int doc = ords.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ords.nextDoc()) {
        for (int i = 0; i < ords.docValueCount(); i++) max = Math.max(max, (int) ords.nextValue());
      }
    }
    assertThat(max).as("highest facet ordinal vs taxonomy size " + size).isLessThan(size);
    return max;
  }

  /** CheckIndex with its slow checks on both directories of the index folder. */
  static void assertClean(Path indexDir) throws IOException {
    for (String sub : List.of(IndexSchema.DOCS_DIR, IndexSchema.TAXONOMY_DIR)) {
      try (Directory dir = FSDirectory.open(indexDir.resolve(sub))) {
        assertClean(dir, sub);
      }
    }
  }

  static void assertClean(Directory dir, String name) throws IOException {
    try (CheckIndex check = new CheckIndex(dir)) {
      check.setLevel(CheckIndex.Level.MIN_LEVEL_FOR_SLOW_CHECKS);
      CheckIndex.Status status = check.checkIndex();
      assertThat(status.clean).as("CheckIndex of " + name).isTrue();
    }
  }

  private static Query bodyQuery(String words) throws IOException {
    List<String> terms = new ArrayList<>();
    try (TokenStream ts = ANALYZER.tokenStream(Fields.BODY, words)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) terms.add(term.toString());
      ts.end();
    }
    if (terms.size() == 1) return new TermQuery(new Term(Fields.BODY, terms.get(0)));
    return new PhraseQuery(Fields.BODY, terms.toArray(String[]::new));
  }

  @Override
  public void close() throws IOException {
    try (reader; taxonomy) {
      org.apache.lucene.util.IOUtils.close(owned);
    }
  }
}
