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
  private final IndexWriter writer;
  private final DirectoryTaxonomyWriter taxonomy;
  private final FacetsConfig config = IndexSchema.facetsConfig();
  /** Additions share the read side; a commit takes the write side so no addition straddles it. */
  private final ReadWriteLock commitLock = new ReentrantReadWriteLock();

  private ReportIndexWriter(Path indexDir, boolean rebuild) throws IOException {
    docsDir = FSDirectory.open(indexDir.resolve(IndexSchema.DOCS_DIR));
    taxoDir = FSDirectory.open(indexDir.resolve(IndexSchema.TAXONOMY_DIR));
    OpenMode mode = rebuild ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND;
    IndexWriterConfig iwc = new IndexWriterConfig(IndexSchema.analyzer())
        .setOpenMode(mode)
        .setRAMBufferSizeMB(96) // parent heap stays well under 1 GB with 2 indexing threads
        .setCommitOnClose(false); // commits happen only through commit(), in taxonomy-first order
    taxonomy = new DirectoryTaxonomyWriter(taxoDir, mode);
    writer = new IndexWriter(docsDir, iwc);
  }

  /** Opens (or creates) the index at {@code indexDir}; {@code rebuild} starts from empty at the next commit. */
  public static ReportIndexWriter open(Path indexDir, boolean rebuild) throws IOException {
    return new ReportIndexWriter(indexDir, rebuild);
  }

  /** Adds or replaces the report's document (keyed by id, so re-indexing never duplicates). */
  public void put(Report r, long indexedAtMillis) throws IOException {
    Document doc = ReportDocument.build(r, indexedAtMillis);
    commitLock.readLock().lock();
    try {
      writer.updateDocument(new Term(Fields.ID, r.id()), config.build(taxonomy, doc));
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

  /** Durable commit: taxonomy first, then documents, with the commit time recorded in the commit's user data. */
  public void commit() throws IOException {
    commitLock.writeLock().lock();
    try {
      taxonomy.commit();
      writer.setLiveCommitData(Map.of("committed_at", Long.toString(System.currentTimeMillis())).entrySet());
      writer.commit();
    } finally {
      commitLock.writeLock().unlock();
    }
  }

  /** Discards everything since the last commit (used after a write error such as a full disk). */
  public void rollback() throws IOException {
    commitLock.writeLock().lock();
    try {
      taxonomy.rollback();
      writer.rollback();
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
      writer.rollback(); // commitOnClose is off; rollback releases the lock and closes
    } finally {
      taxonomy.rollback();
      docsDir.close();
      taxoDir.close();
    }
  }
}
