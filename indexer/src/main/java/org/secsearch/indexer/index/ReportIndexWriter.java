package org.secsearch.indexer.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.taxonomy.directory.DirectoryTaxonomyWriter;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.secsearch.indexer.enrich.FileStamp;
import org.secsearch.indexer.enrich.Report;
import org.secsearch.indexer.schema.Fields;
import org.secsearch.indexer.schema.IndexSchema;

/**
 * Writes reports into the document index and its taxonomy. Commits are ordered — taxonomy first, then the
 * index — and exclusive of additions, so every committed document's facet ordinals are in the committed
 * taxonomy: after a crash both open at a consistent last commit.
 */
public final class ReportIndexWriter implements Closeable {
  /** A file already in the index, as the incremental run compares it. */
  public record IndexedFile(String id, String path, FileStamp stamp) {}

  private final Directory docsDir;
  private final Directory taxoDir;
  /** Whether close() closes the directories: yes when this writer opened them from a path. */
  private final boolean ownsDirectories;
  private final IndexWriter writer;
  private final DirectoryTaxonomyWriter taxonomy;
  private final FacetsConfig config = IndexSchema.facetsConfig();
  /** Additions share the read side; a commit takes the write side so no addition straddles it. */
  private final ReadWriteLock commitLock = new ReentrantReadWriteLock();
  /** The corpus folder being indexed, recorded with each commit; null when not known. */
  private volatile String corpusRoot;
  /** Set by the first rollback, which closes both writers. */
  private boolean rolledBack;

  private ReportIndexWriter(Directory docsDir, Directory taxoDir, boolean owns, boolean rebuild) throws IOException {
    this.docsDir = docsDir;
    this.taxoDir = taxoDir;
    this.ownsDirectories = owns;
    OpenMode mode = rebuild ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND;
    IndexWriterConfig iwc = new IndexWriterConfig(IndexSchema.analyzer())
        .setOpenMode(mode)
        .setRAMBufferSizeMB(128) // parent heap stays well under 1 GB with 4 indexing threads
        .setUseCompoundFile(false) // flushed segments are not copied again into .cfs files; merges pack them
        .setCommitOnClose(false); // commits happen only through commit(), in taxonomy-first order
    taxonomy = new DirectoryTaxonomyWriter(taxoDir, mode);
    writer = new IndexWriter(docsDir, iwc);
  }

  /** Opens (or creates) the index at {@code indexDir}; {@code rebuild} starts from empty at the next commit. */
  public static ReportIndexWriter open(Path indexDir, boolean rebuild) throws IOException {
    return new ReportIndexWriter(FSDirectory.open(indexDir.resolve(IndexSchema.DOCS_DIR)),
        FSDirectory.open(indexDir.resolve(IndexSchema.TAXONOMY_DIR)), true, rebuild);
  }

  /**
   * Opens the writer over two directories the caller keeps and closes (as Lucene's own writers do); for tests
   * that need an in-memory or fault-injecting directory, e.g. a full disk.
   */
  public static ReportIndexWriter open(Directory docs, Directory taxonomy, boolean rebuild) throws IOException {
    return new ReportIndexWriter(docs, taxonomy, false, rebuild);
  }

  /** Adds or replaces the report's document (keyed by id, so re-indexing never duplicates). */
  public void put(Report r, long indexedAtMillis) throws IOException {
    write(r, indexedAtMillis, new Term(Fields.ID, r.id()));
  }

  /**
   * Adds the report's document without looking for one to replace: for a report the index does not hold (a new
   * file, or any file of a rebuild). Replacing costs a lookup of the id in every segment at each flush.
   */
  public void add(Report r, long indexedAtMillis) throws IOException {
    write(r, indexedAtMillis, null);
  }

  private void write(Report r, long indexedAtMillis, Term replaced) throws IOException {
    Document doc = ReportDocument.build(r, indexedAtMillis);
    commitLock.readLock().lock();
    try {
      Document built = config.build(taxonomy, doc);
      if (replaced == null) {
        writer.addDocument(built);
      } else {
        writer.updateDocument(replaced, built);
      }
    } finally {
      commitLock.readLock().unlock();
    }
  }

  public void delete(String id) throws IOException {
    commitLock.readLock().lock();
    try {
      writer.deleteDocuments(new Term(Fields.ID, id));
    } finally {
      commitLock.readLock().unlock();
    }
  }

  /** Records the corpus folder's absolute path with the following commits (the server finds originals by it). */
  public void recordCorpus(Path corpus) {
    corpusRoot = corpus.toAbsolutePath().normalize().toString();
  }

  /**
   * Durable commit: taxonomy first, then documents, with the commit time (and the corpus folder, when known)
   * recorded in the commit's user data.
   */
  public void commit() throws IOException {
    commitLock.writeLock().lock();
    try {
      taxonomy.commit();
      Map<String, String> data = new java.util.HashMap<>();
      data.put(IndexSchema.COMMITTED_AT, Long.toString(System.currentTimeMillis()));
      if (corpusRoot != null) data.put(IndexSchema.CORPUS_ROOT, corpusRoot);
      writer.setLiveCommitData(data.entrySet());
      writer.commit();
    } finally {
      commitLock.writeLock().unlock();
    }
  }

  /**
   * Discards everything since the last commit (used after a write error such as a full disk) and closes both
   * writers, as Lucene's rollback does; open a new writer to go on. Calling it again, or close(), is harmless.
   */
  public void rollback() throws IOException {
    commitLock.writeLock().lock();
    try {
      if (rolledBack) return; // a second rollback of the taxonomy writer would throw AlreadyClosedException
      rolledBack = true;
      try {
        taxonomy.rollback();
      } finally {
        writer.rollback();
      }
    } finally {
      commitLock.writeLock().unlock();
    }
  }

  /** Every document currently in the index (including uncommitted changes of this writer): path → file. */
  public Map<String, IndexedFile> indexedFiles() throws IOException {
    Map<String, IndexedFile> files = new HashMap<>();
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        StoredFields stored = leaf.reader().storedFields();
        for (int i = 0; i < leaf.reader().maxDoc(); i++) {
          if (live != null && !live.get(i)) continue;
          Document d = stored.document(i, java.util.Set.of(Fields.ID, Fields.PATH, Fields.FILE_SIZE,
              Fields.FILE_MTIME, Fields.FILE_HASH));
          FileStamp stamp = new FileStamp(d.getField(Fields.FILE_SIZE).numericValue().longValue(),
              d.getField(Fields.FILE_MTIME).numericValue().longValue(), d.get(Fields.FILE_HASH));
          files.put(d.get(Fields.PATH), new IndexedFile(d.get(Fields.ID), d.get(Fields.PATH), stamp));
        }
      }
    }
    return files;
  }

  /** Closes without committing: whatever was not committed is dropped, like a crash would. */
  @Override
  public void close() throws IOException {
    try {
      rollback(); // commitOnClose is off; rollback releases the lock and closes
    } finally {
      if (ownsDirectories) {
        docsDir.close();
        taxoDir.close();
      }
    }
  }
}
