package org.secsearch.solrpeer;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.core.CoreContainer;
import org.apache.solr.core.SolrCore;
import org.apache.solr.search.SolrIndexSearcher;
import org.apache.solr.util.RefCounted;

/**
 * A fresh Solr home with the benchmark core (schema and config from this jar's resources), opened in this JVM
 * through {@link EmbeddedSolrServer}: no Jetty, nothing listening on a port.
 */
public final class EmbeddedCore implements Closeable {
  static final String CORE = "bench";
  private static final String RESOURCES = "/org/secsearch/solrpeer/";

  private final Path home;
  private final CoreContainer container;
  private final EmbeddedSolrServer server;

  private EmbeddedCore(Path home) {
    this.home = home;
    this.container = CoreContainer.createAndLoad(home);
    if (container.getCoreInitFailures().containsKey(CORE)) {
      IllegalStateException e = new IllegalStateException("Solr core failed to load under " + home,
          container.getCoreInitFailures().get(CORE).exception);
      container.shutdown();
      throw e;
    }
    this.server = new EmbeddedSolrServer(container, CORE);
  }

  /** Deletes {@code home} if present, writes solr.xml and the core's conf/ there, and starts Solr on it. */
  public static EmbeddedCore createFresh(Path home) throws IOException {
    deleteTree(home);
    Path conf = Files.createDirectories(home.resolve(CORE).resolve("conf"));
    copyResource("solr.xml", home.resolve("solr.xml"));
    copyResource("conf/solrconfig.xml", conf.resolve("solrconfig.xml"));
    copyResource("conf/schema.xml", conf.resolve("schema.xml"));
    Files.writeString(home.resolve(CORE).resolve("core.properties"), "name=" + CORE + "\n");
    return new EmbeddedCore(home);
  }

  public EmbeddedSolrServer server() {
    return server;
  }

  public Path home() {
    return home;
  }

  /** Segments in the searcher the queries run on: more segments, more per-query work in either engine. */
  public int segments() {
    try (SolrCore core = container.getCore(CORE)) {
      RefCounted<SolrIndexSearcher> ref = core.getSearcher();
      try {
        return ref.get().getIndexReader().leaves().size();
      } finally {
        ref.decref();
      }
    }
  }

  /** Bytes of the core's index on disk. */
  public long indexBytes() throws IOException {
    try (Stream<Path> files = Files.walk(home.resolve(CORE))) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  @Override
  public void close() throws IOException {
    server.close(); // does not shut down a container it was handed
    container.shutdown();
  }

  private static void copyResource(String name, Path to) throws IOException {
    try (InputStream in = EmbeddedCore.class.getResourceAsStream(RESOURCES + name)) {
      if (in == null) throw new IllegalStateException("missing resource " + RESOURCES + name);
      Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
