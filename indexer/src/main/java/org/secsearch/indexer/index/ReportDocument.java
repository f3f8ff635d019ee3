package org.secsearch.indexer.index;

import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetField;
import org.apache.lucene.index.IndexOptions;
import org.secsearch.indexer.enrich.FormatNames;
import org.secsearch.indexer.enrich.PartialDate;
import org.secsearch.indexer.enrich.Report;
import org.secsearch.indexer.schema.FacetDim;
import org.secsearch.indexer.schema.Fields;

/** Builds the Lucene document for a report: searchable text, stored values for display, facet fields. */
public final class ReportDocument {
  private ReportDocument() {}

  /** Body: positions for phrases, offsets in the postings so the highlighter needs no re-analysis. */
  private static final FieldType BODY_TYPE = new FieldType(TextField.TYPE_STORED);

  static {
    BODY_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    BODY_TYPE.freeze();
  }

  /** The document before {@code FacetsConfig.build}, which turns the FacetFields into taxonomy ordinals. */
  public static Document build(Report r, long indexedAtMillis) {
    Document d = new Document();
    d.add(new StringField(Fields.ID, r.id(), Field.Store.YES));
    d.add(new StringField(Fields.PATH, r.path(), Field.Store.YES));
    d.add(new TextField(Fields.TITLE, nz(r.title()), Field.Store.YES));
    d.add(new Field(Fields.BODY, r.text(), BODY_TYPE));
    stored(d, Fields.PUBLICATION, r.publication());
    stored(d, Fields.VOLUME, r.volume());
    stored(d, Fields.ISSUE, r.issue());
    if (r.author() != null) d.add(new TextField(Fields.AUTHOR, r.author(), Field.Store.YES));
    stored(d, Fields.CONTENT_TYPE, r.contentType());
    stored(d, Fields.LANGUAGE, r.language());
    stored(d, Fields.STATUS, r.status().label());
    d.add(new StoredField(Fields.CHARS, r.text().length()));
    d.add(new StoredField(Fields.FILE_SIZE, r.file().size()));
    d.add(new StoredField(Fields.FILE_MTIME, r.file().mtimeMillis()));
    d.add(new StoredField(Fields.FILE_HASH, r.file().sha256()));
    d.add(new LongField(Fields.INDEXED_AT, indexedAtMillis, Field.Store.YES));

    if (r.date() != null) {
      d.add(new StoredField(Fields.DATE, r.date().iso()));
      stored(d, Fields.DATE_SOURCE, r.dateSource());
      d.add(new LongField(Fields.DATE_DAY, r.date().start().toEpochDay(), Field.Store.NO));
      d.add(new FacetField(FacetDim.DATE.key, r.date().facetPath()));
    }
    for (PartialDate e : r.eventDates()) {
      d.add(new StoredField(Fields.EVENT_DATES, e.iso()));
      d.add(new FacetField(FacetDim.EVENT_DATE.key, e.facetPath()));
    }
    facets(d, FacetDim.REGION, Fields.REGIONS, r.regions());
    facets(d, FacetDim.INCIDENT_REGION, Fields.INCIDENT_REGIONS, r.incidentRegions());
    facets(d, FacetDim.ORGANIZATION, Fields.ORGANIZATIONS, r.organizations());
    facets(d, FacetDim.SOURCE, Fields.SOURCES, r.sources());
    if (r.publication() != null) d.add(new FacetField(FacetDim.PUBLICATION.key, r.publication()));
    d.add(new FacetField(FacetDim.FORMAT.key, FormatNames.of(r.contentType())));
    return d;
  }

  private static void facets(Document d, FacetDim dim, String storedField, List<String> values) {
    for (String v : values) {
      d.add(new StoredField(storedField, v));
      d.add(new FacetField(dim.key, dim.components(v)));
    }
  }

  private static void stored(Document d, String field, String value) {
    if (value != null && !value.isBlank()) d.add(new StoredField(field, value));
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
