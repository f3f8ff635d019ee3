package org.secsearch.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Loads {@code docs.jsonl} into PostgreSQL the way its full-text search is meant to be used: COPY into a staging
 * table, one row per report with a weighted tsvector (english configuration, title A, body B), the facet values as
 * arrays (country, org) and columns (year, format), a GIN index on the tsvector and the arrays, a B-tree on year.
 */
public final class PgLoader {
  private static final String[] BUILD = {
      "CREATE TABLE docs AS SELECT doc->>'id' AS id, coalesce(doc->>'title', '') AS title,"
          + " coalesce(doc->>'body', '') AS body, doc->>'year' AS year, doc->>'format' AS format,"
          + " ARRAY(SELECT jsonb_array_elements_text(doc->'country')) AS country,"
          + " ARRAY(SELECT jsonb_array_elements_text(doc->'org')) AS org,"
          + " setweight(to_tsvector('english', coalesce(doc->>'title', '')), 'A')"
          + " || setweight(to_tsvector('english', coalesce(doc->>'body', '')), 'B') AS tsv FROM staging",
      "DROP TABLE staging",
      "ALTER TABLE docs ADD PRIMARY KEY (id)",
      "CREATE INDEX docs_tsv ON docs USING gin (tsv)",
      "CREATE INDEX docs_country ON docs USING gin (country)",
      "CREATE INDEX docs_org ON docs USING gin (org)",
      "CREATE INDEX docs_year ON docs (year)",
      "VACUUM ANALYZE docs"};

  private PgLoader() {}

  /** Replaces any earlier load; returns the number of documents loaded. */
  public static long load(Connection c, Path docsJsonl) throws SQLException, IOException {
    c.setAutoCommit(true); // VACUUM refuses to run inside a transaction
    try (Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS docs");
      s.execute("DROP TABLE IF EXISTS staging");
      s.execute("CREATE UNLOGGED TABLE staging (doc jsonb)");
      copy(c, docsJsonl);
      for (String sql : BUILD) s.execute(sql);
      try (var rs = s.executeQuery("SELECT count(*) FROM docs")) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** Streams the JSON lines into the staging table (COPY text format: only backslashes need doubling). */
  private static void copy(Connection c, Path docsJsonl) throws SQLException, IOException {
    CopyIn in = c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY staging (doc) FROM STDIN");
    try (BufferedReader r = Files.newBufferedReader(docsJsonl, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank()) continue;
        byte[] row = (line.replace("\\", "\\\\") + "\n").getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(row, 0, row.length);
      }
      in.endCopy();
    } finally {
      if (in.isActive()) in.cancelCopy();
    }
  }
}
