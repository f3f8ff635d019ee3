package org.secsearch.solrpeer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrInputDocument;

/**
 * Feeds docs.jsonl (bench-interface.md) to Solr in batches, in file order from one thread so the index and its
 * tie-breaking are the same on every run, and commits once at the end.
 */
public final class DocLoader {
  /** What loading took: documents, bytes of docs.jsonl read, wall time including the commit. */
  public record Result(long docs, long bytes, long millis) {
    public double docsPerSecond() {
      return millis == 0 ? docs : docs * 1000.0 / millis;
    }
  }

  /** Fields copied as they are: single values and lists of strings. */
  private static final List<String> COPIED = List.of("id", "title", "body", "year", "region", "country", "org",
      "pub", "format");
  /** The date's ISO prefix at any precision: yyyy, yyyy-mm or yyyy-mm-dd. */
  private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?.*");

  private final ObjectMapper json = new ObjectMapper();
  private final int batchSize;

  public DocLoader(int batchSize) {
    this.batchSize = batchSize;
  }

  public Result load(SolrClient solr, Path jsonl) throws IOException, SolrServerException {
    long t0 = System.nanoTime();
    long docs = 0;
    List<SolrInputDocument> batch = new ArrayList<>(batchSize);
    try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      String line;
      int lineNo = 0;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) continue;
        try {
          batch.add(toSolr(json.readTree(line)));
        } catch (IOException | IllegalArgumentException e) {
          throw new IOException(jsonl + " line " + lineNo + ": " + e.getMessage(), e);
        }
        if (batch.size() == batchSize) {
          solr.add(batch);
          docs += batch.size();
          batch.clear();
        }
      }
    }
    if (!batch.isEmpty()) solr.add(batch);
    docs += batch.size();
    solr.commit(true, true);
    return new Result(docs, Files.size(jsonl), (System.nanoTime() - t0) / 1_000_000);
  }

  /** One exported document as a Solr document; nulls and empty lists leave the field out. */
  static SolrInputDocument toSolr(JsonNode d) {
    JsonNode id = d.get("id");
    if (id == null || !id.isTextual() || id.asText().isEmpty()) throw new IllegalArgumentException("no id");
    SolrInputDocument doc = new SolrInputDocument();
    for (String field : COPIED) {
      JsonNode v = d.get(field);
      if (v == null || v.isNull()) continue;
      if (v.isArray()) {
        for (JsonNode e : v) if (!e.isNull()) doc.addField(field, e.asText());
      } else {
        doc.addField(field, v.asText());
      }
    }
    String date = instant(d.path("date").asText(""));
    if (date != null) doc.addField("date", date);
    return doc;
  }

  /** The ISO date as the start of its day, month or year in UTC (Solr's date syntax); null when absent or odd. */
  static String instant(String iso) {
    Matcher m = DATE.matcher(iso);
    if (!m.matches()) return null;
    try {
      LocalDate start = LocalDate.of(Integer.parseInt(m.group(1)), part(m.group(2)), part(m.group(3)));
      return start + "T00:00:00Z";
    } catch (DateTimeException e) {
      return null; // "2019-13-40": the year field still carries what is known
    }
  }

  private static int part(String digits) {
    return digits == null ? 1 : Integer.parseInt(digits);
  }
}
