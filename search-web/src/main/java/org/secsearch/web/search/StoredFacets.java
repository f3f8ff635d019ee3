package org.secsearch.web.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.secsearch.indexer.enrich.FormatNames;
import org.secsearch.indexer.enrich.PartialDate;
import org.secsearch.indexer.schema.FacetDim;
import org.secsearch.indexer.schema.Fields;

/** Reads a document's facet values back from its stored fields, as the paths its facet fields were built from. */
final class StoredFacets {
  private StoredFacets() {}

  static Map<FacetDim, List<String>> of(Document d) {
    Map<FacetDim, List<String>> out = new EnumMap<>(FacetDim.class);
    for (FacetDim dim : FacetDim.values()) {
      List<String> values = switch (dim) {
        case REGION -> all(d, Fields.REGIONS);
        case INCIDENT_REGION -> all(d, Fields.INCIDENT_REGIONS);
        case ORGANIZATION -> all(d, Fields.ORGANIZATIONS);
        case SOURCE -> all(d, Fields.SOURCES);
        case PUBLICATION -> all(d, Fields.PUBLICATION);
        case DATE -> datePaths(all(d, Fields.DATE));
        case EVENT_DATE -> datePaths(all(d, Fields.EVENT_DATES));
        case FORMAT -> List.of(FormatNames.of(d.get(Fields.CONTENT_TYPE)));
      };
      if (!values.isEmpty()) out.put(dim, values);
    }
    return out;
  }

  static List<String> all(Document d, String field) {
    return Arrays.asList(d.getValues(field));
  }

  /** ISO dates to the facet paths they were indexed under ("2011-07-11" → "2011/07"). */
  private static List<String> datePaths(List<String> isoDates) {
    List<String> out = new ArrayList<>();
    for (String iso : isoDates) {
      try {
        String path = String.join("/", PartialDate.parse(iso).facetPath());
        if (!out.contains(path)) out.add(path);
      } catch (IllegalArgumentException e) {
        // a stored value that is not a date cannot be a facet path either
      }
    }
    return out;
  }
}
