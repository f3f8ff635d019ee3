package org.secsearch.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The PostgreSQL 15 peer: connects to the private cluster over its unix socket, loads {@code docs.jsonl} (timed),
 * and runs the mix through {@link PgSearches}, one connection per client.
 */
public final class PostgresRunner {
  private PostgresRunner() {}

  /**
   * @param socketDir the folder holding the cluster's {@code .s.PGSQL.PORT} socket
   * @param load whether to (re)load docs.jsonl first; the load time goes into the notes
   */
  public static List<BenchResult> run(Path socketDir, int port, Path docsJsonl, boolean load, MixDriver driver,
      List<Integer> clientCounts) throws Exception {
    Path socket = socketDir.resolve(".s.PGSQL." + port);
    String loaded = "not reloaded";
    long docs;
    String empty;
    try (Connection c = connect(socket)) {
      if (load) {
        long t0 = System.nanoTime();
        PgLoader.load(c, docsJsonl);
        loaded = String.format("load %.1f s (COPY, tsvector, GIN and B-tree indexes, VACUUM ANALYZE)",
            (System.nanoTime() - t0) / 1e9);
        System.out.println("postgres: " + loaded);
      }
      docs = count(c);
      empty = driver.emptyNote(q -> PgSearches.run(c, q).total());
    }
    String notes = "websearch_to_tsquery + ts_rank_cd, top 10 ts_headline, count(*), GROUP BY country/org/year/"
        + "format; " + settings(socket) + "; " + loaded + "; " + empty;
    List<BenchResult> out = new ArrayList<>();
    for (int clients : clientCounts) {
      Latencies l = driver.run(i -> {
        Connection c = connect(socket);
        return new MixDriver.Client() {
          @Override
          public void run(BenchQuery q) throws SQLException {
            PgSearches.run(c, q);
          }

          @Override
          public void close() throws SQLException {
            c.close();
          }
        };
      }, clients);
      out.add(BenchResult.of("postgres", "sql", clients, (int) docs, driver, l, null, notes));
    }
    return out;
  }

  static Connection connect(Path socket) throws SQLException {
    Properties p = new Properties();
    p.setProperty("user", "postgres");
    p.setProperty("sslmode", "disable");
    p.setProperty("gssEncMode", "disable");
    p.setProperty("socketFactory", UnixSocketFactory.class.getName());
    p.setProperty("socketFactoryArg", socket.toString());
    return DriverManager.getConnection("jdbc:postgresql://localhost/postgres", p);
  }

  private static long count(Connection c) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM docs")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** The server version and the memory settings that matter here, for the notes. */
  private static String settings(Path socket) throws SQLException {
    try (Connection c = connect(socket); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
        "SELECT current_setting('server_version'), current_setting('shared_buffers'),"
            + " current_setting('work_mem'), current_setting('jit')")) {
      rs.next();
      return "PostgreSQL " + rs.getString(1) + ", shared_buffers " + rs.getString(2) + ", work_mem "
          + rs.getString(3) + ", jit " + rs.getString(4);
    }
  }
}
