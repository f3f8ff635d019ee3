package org.secsearch.bench;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.facet.taxonomy.directory.DirectoryTaxonomyReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.secsearch.indexer.schema.IndexSchema;

/** A read-only view of our index folder (documents and taxonomy) for the exporter and the query-mix maker. */
final class IndexReaders implements Closeable {
  private final Directory docsDir;
  private final Directory taxoDir;
  final DirectoryReader reader;
  final DirectoryTaxonomyReader taxonomy;
  final IndexSearcher searcher;

  IndexReaders(Path indexDir) throws IOException {
    docsDir = FSDirectory.open(indexDir.resolve(IndexSchema.DOCS_DIR));
    taxoDir = FSDirectory.open(indexDir.resolve(IndexSchema.TAXONOMY_DIR));
    reader = DirectoryReader.open(docsDir);
    taxonomy = new DirectoryTaxonomyReader(taxoDir);
    searcher = new IndexSearcher(reader);
  }

  @Override
  public void close() throws IOException {
    try (docsDir; taxoDir; reader) {
      taxonomy.close();
    }
  }
}
