package org.secsearch.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * One mix query as PostgreSQL full-text search does it, in one statement: the matches (websearch_to_tsquery,
 * filters on the facet columns) ranked by ts_rank_cd, the top 10 with ts_headline snippets of the body, the exact
 * count, and GROUP BY counts (top 10 each) of country, org, year and format over all matches.
 */
public final class PgSearches {
  /** Highlighted passages as our page shows them: two fragments with the words marked. */
  static final String HEADLINE = "MaxFragments=2, MaxWords=25, MinWords=10, StartSel=<mark>, StopSel=</mark>";

  private PgSearches() {}

  /** The words in websearch_to_tsquery syntax: words (all required), "a phrase" or {@code a or b}. */
  static String websearch(BenchQuery q) {
    return switch (q.kind()) {
      case TERM, RARE, AND -> String.join(" ", q.terms());
      case PHRASE -> "\"" + String.join(" ", q.terms()) + "\"";
      case OR -> String.join(" or ", q.terms());
    };
  }

  static String sql(BenchQuery q) {
    StringBuilder where = new StringBuilder("tsv @@ websearch_to_tsquery('english', ?)");
    for (BenchQuery.Filter f : q.filters()) {
      where.append(switch (f.dim()) {
        case COUNTRY -> " AND country @> ARRAY[?]::text[]";
        case ORG -> " AND org @> ARRAY[?]::text[]";
        case YEAR -> " AND year = ?";
      });
    }
    return "WITH m AS MATERIALIZED (SELECT id, year, format, country, org,"
        + " ts_rank_cd(tsv, websearch_to_tsquery('english', ?)) AS rank FROM docs WHERE " + where + ")"
        + " SELECT 'total' AS kind, NULL AS key, count(*) AS n, NULL AS snippet FROM m"
        + facet("country", "v", "m, unnest(m.country) v")
        + facet("org", "v", "m, unnest(m.org) v")
        + facet("year", "year", "m WHERE year IS NOT NULL")
        + facet("format", "format", "m")
        + " UNION ALL (SELECT 'hit', t.id, NULL, ts_headline('english', d.body,"
        + " websearch_to_tsquery('english', ?), '" + HEADLINE + "')"
        + " FROM (SELECT id, rank FROM m ORDER BY rank DESC, id LIMIT 10) t JOIN docs d USING (id)"
        + " ORDER BY t.rank DESC, t.id)";
  }

  private static String facet(String name, String value, String from) {
    return " UNION ALL (SELECT '" + name + "', " + value + ", count(*), NULL FROM " + from + " GROUP BY " + value
        + " ORDER BY 3 DESC, 2 LIMIT 10)";
  }

  /** What the statement returned: the total, the hit ids with snippets, the facet rows. */
  public record Answer(long total, List<String> hits, int facetRows) {}

  public static Answer run(Connection c, BenchQuery q) throws SQLException {
    String text = websearch(q);
    try (PreparedStatement ps = c.prepareStatement(sql(q))) {
      int i = 1;
      ps.setString(i++, text); // rank
      ps.setString(i++, text); // match
      for (BenchQuery.Filter f : q.filters()) ps.setString(i++, f.value());
      ps.setString(i, text); // headline
      long total = -1;
      int facetRows = 0;
      List<String> hits = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          switch (rs.getString(1)) {
            case "total" -> total = rs.getLong(3);
            case "hit" -> hits.add(rs.getString(2) + "\t" + rs.getString(4));
            default -> facetRows++;
          }
        }
      }
      if (total < 0) throw new SQLException(q.name() + ": no total row");
      return new Answer(total, hits, facetRows);
    }
  }
}
