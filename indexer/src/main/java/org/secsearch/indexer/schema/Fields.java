package org.secsearch.indexer.schema;

/** The index's field names, one comment each: the only place they are spelled out. */
public final class Fields {
  private Fields() {}

  /** Stable document id: hash of the corpus-relative path, so shared links survive a rebuild. StringField, stored. */
  public static final String ID = "id";
  /** Corpus-relative path with '/' separators. StringField, stored. */
  public static final String PATH = "path";
  /** Title: searchable (boosted at query time) and stored for display. */
  public static final String TITLE = "title";
  /** Extracted full text: positions and offsets for phrase queries and highlighting; stored for snippets. */
  public static final String BODY = "body";
  /** Publication (e.g. "Terrorism Monitor"): stored; faceted as {@link FacetDim#PUBLICATION}. */
  public static final String PUBLICATION = "publication";
  /** Volume and issue numbers as printed: stored only. */
  public static final String VOLUME = "volume";
  public static final String ISSUE = "issue";
  /** Author or byline: searchable and stored. */
  public static final String AUTHOR = "author";
  /** Publication date as ISO text with its precision (yyyy, yyyy-mm or yyyy-mm-dd): stored for display. */
  public static final String DATE = "date";
  /** Where the date came from (meta tag, dateline, sidecar, ...): stored. */
  public static final String DATE_SOURCE = "date_source";
  /** Publication date as epoch day. LongField: points for range filters, doc values for sorting. */
  public static final String DATE_DAY = "date_day";
  /** Region facet paths ("Country/Province/Place") as stored values, for display and the API. */
  public static final String REGIONS = "regions";
  /** Incident region paths (where the document says an event took place): stored. */
  public static final String INCIDENT_REGIONS = "incident_regions";
  /** Canonical organization names: stored. */
  public static final String ORGANIZATIONS = "organizations";
  /** Cited sources (outlets in parenthetical citations): stored. */
  public static final String SOURCES = "sources";
  /** Event dates mentioned in the text, ISO with precision: stored. */
  public static final String EVENT_DATES = "event_dates";
  /** MIME type detected by Tika: stored. */
  public static final String CONTENT_TYPE = "content_type";
  /** Detected language code: stored. */
  public static final String LANGUAGE = "language";
  /** Length of the extracted text in characters: stored. */
  public static final String CHARS = "chars";
  /** Extraction status of the file (indexed or partial): stored. */
  public static final String STATUS = "status";
  /** File size in bytes, last-modified millis and SHA-256 of the content: the incremental-update key. Stored. */
  public static final String FILE_SIZE = "file_size";
  public static final String FILE_MTIME = "file_mtime";
  public static final String FILE_HASH = "file_hash";
  /** When the document was (re)indexed, epoch millis. LongField: "newly indexed" feeds sort on it. */
  public static final String INDEXED_AT = "indexed_at";
}
