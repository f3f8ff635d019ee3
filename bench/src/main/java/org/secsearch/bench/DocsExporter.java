package org.secsearch.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;
import org.secsearch.indexer.enrich.FormatNames;
import org.secsearch.indexer.schema.Fields;

/**
 * Writes {@code docs.jsonl} from our index's stored fields, one JSON object per live document, so every peer
 * indexes exactly the text and facet values our extraction and enrichment produced.
 */
public final class DocsExporter {
  private static final Set<String> FIELDS = Set.of(Fields.ID, Fields.TITLE, Fields.BODY, Fields.DATE, Fields.REGIONS,
      Fields.ORGANIZATIONS, Fields.PUBLICATION, Fields.CONTENT_TYPE);

  private DocsExporter() {}

  /** Exports every live document of the index at {@code indexDir}; returns how many were written. */
  public static int export(Path indexDir, Path out) throws IOException {
    int n = 0;
    try (IndexReaders index = new IndexReaders(indexDir);
        JsonGenerator json = new JsonFactory().createGenerator(out.toFile(), JsonEncoding.UTF8)) {
      json.setRootValueSeparator(null);
      for (LeafReaderContext leaf : index.reader.leaves()) {
        StoredFields stored = leaf.reader().storedFields();
        Bits live = leaf.reader().getLiveDocs();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live != null && !live.get(doc)) continue;
          write(json, stored.document(doc, FIELDS));
          json.writeRaw('\n');
          n++;
        }
      }
    }
    return n;
  }

  private static void write(JsonGenerator json, Document d) throws IOException {
    List<String> regions = values(d, Fields.REGIONS);
    Set<String> countries = new LinkedHashSet<>();
    for (String r : regions) countries.add(r.substring(0, r.indexOf('/') < 0 ? r.length() : r.indexOf('/')));
    String date = clean(d.get(Fields.DATE));
    json.writeStartObject();
    json.writeStringField("id", d.get(Fields.ID));
    json.writeStringField("title", nz(clean(d.get(Fields.TITLE))).strip());
    json.writeStringField("body", nz(clean(d.get(Fields.BODY))));
    json.writeStringField("date", date);
    json.writeStringField("year", date == null || date.length() < 4 ? null : date.substring(0, 4));
    array(json, "region", regions);
    array(json, "country", List.copyOf(countries));
    array(json, "org", values(d, Fields.ORGANIZATIONS));
    json.writeStringField("pub", clean(d.get(Fields.PUBLICATION)));
    json.writeStringField("format", FormatNames.of(d.get(Fields.CONTENT_TYPE)));
    json.writeEndObject();
  }

  private static void array(JsonGenerator json, String name, List<String> values) throws IOException {
    json.writeArrayFieldStart(name);
    for (String v : values) json.writeString(v);
    json.writeEndArray();
  }

  private static List<String> values(Document d, String field) {
    return Arrays.stream(d.getValues(field)).map(DocsExporter::clean).toList();
  }

  /** NUL characters out: PostgreSQL text cannot hold them, and every peer must get the same text. */
  private static String clean(String s) {
    return s == null || s.indexOf('\0') < 0 ? s : s.replace("\0", "");
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
