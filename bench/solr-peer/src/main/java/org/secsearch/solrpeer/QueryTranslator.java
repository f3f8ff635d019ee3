package org.secsearch.solrpeer;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.SolrQuery;

/**
 * Turns a {@link BenchQuery} into the Solr request that does what secsearch's search does: the same query
 * structure as search-web's {@code QueryBuilder} in Solr's standard (lucene) syntax, filters as cached {@code fq}
 * term filters, counts of the four facet fields over all hits, a page of ten and one highlighted body snippet.
 * A filtered field is counted with its own filter left out ({@code tag}/{@code ex}), as DrillSideways counts it
 * for the page: the other values of a selected dimension keep their counts.
 */
public final class QueryTranslator {
  /** search-web QueryBuilder.TITLE_BOOST: a word in the title counts this many times a word in the body. */
  static final int TITLE_BOOST = 3;
  /** search-web QueryBuilder.PROXIMITY_BOOST and PROXIMITY_SLOP: AND'ed words close together rank first. */
  static final int PROXIMITY_BOOST = 2;
  static final int PROXIMITY_SLOP = 8;
  /** search-web Proximity.WINDOW: the proximity phrase re-ranks this many first-pass hits, as Solr's rerank does. */
  static final int RERANK_DOCS = 400;
  static final List<String> FACET_FIELDS = List.of("country", "org", "year", "format");
  static final int ROWS = 10;
  static final int FACET_LIMIT = 10;
  /** The passage length search-web's SegmentHighlighter grows sentences towards, and its alignment ratio. */
  static final int SNIPPET_CHARS = 200;
  static final String SNIPPET_ALIGN = "0.3";
  /** search-web's highlighter looks this far into a long body for matches (Solr's default is 51,200). */
  static final int HIGHLIGHT_MAX_CHARS = 1_000_000;
  /** What a hit shows besides its snippet, as search-web's HitReader reads it. */
  static final String FIELDS = "id,title,date,pub,region,org,format,score";

  private QueryTranslator() {}

  /** The full request for one query of the mix. */
  public static SolrQuery toSolr(BenchQuery q) {
    SolrQuery s = new SolrQuery(mainQuery(q));
    s.set("defType", "lucene");
    s.set("q.op", "OR");
    String proximity = proximityQuery(q);
    if (proximity != null) {
      s.set("rq", "{!rerank reRankQuery=$rqq reRankDocs=" + RERANK_DOCS + " reRankWeight=1}");
      s.set("rqq", proximity);
    }
    for (BenchQuery.Filter f : q.filters()) {
      s.addFilterQuery("{!term f=" + f.dim() + " tag=" + f.dim() + "}" + f.value());
    }
    Set<String> filtered = q.filters().stream().map(BenchQuery.Filter::dim).collect(Collectors.toSet());
    s.setRows(ROWS);
    s.setFields(FIELDS);
    s.setFacet(true);
    for (String field : FACET_FIELDS) {
      s.addFacetField(filtered.contains(field) ? "{!ex=" + field + "}" + field : field);
    }
    s.setFacetLimit(FACET_LIMIT);
    s.setFacetMinCount(1);
    s.setHighlight(true);
    s.set("hl.method", "unified");
    s.set("hl.fl", "body");
    s.set("hl.snippets", 1);
    s.set("hl.bs.type", "SENTENCE");
    s.set("hl.fragsize", SNIPPET_CHARS);
    s.set("hl.fragsizeIsMinimum", false);
    s.set("hl.fragAlignRatio", SNIPPET_ALIGN);
    s.set("hl.maxAnalyzedChars", HIGHLIGHT_MAX_CHARS);
    s.set("hl.requireFieldMatch", true);
    return s;
  }

  /**
   * The q parameter. Every word is quoted, as QueryBuilder runs each through {@code createPhraseQuery}: a word
   * the analyser splits ("al-shabaab") becomes a phrase of its parts in both engines.
   */
  static String mainQuery(BenchQuery q) {
    List<String> words = q.terms();
    return switch (q.kind()) {
      case TERM, RARE -> word(words.getFirst());
      case OR -> words.stream().map(QueryTranslator::word).collect(Collectors.joining(" "));
      case PHRASE -> inBothFields(quote(String.join(" ", words)));
      case AND -> words.stream().map(w -> "+" + word(w)).collect(Collectors.joining(" "));
    };
  }

  /** The re-ranking phrase of an AND of two or more words (score = first pass + phrase score); null otherwise. */
  static String proximityQuery(BenchQuery q) {
    if (q.kind() != BenchQuery.Kind.AND || q.terms().size() < 2) return null;
    return "body:" + quote(String.join(" ", q.terms())) + "~" + PROXIMITY_SLOP + "^" + PROXIMITY_BOOST;
  }

  private static String word(String w) {
    return inBothFields(quote(w));
  }

  /** Body OR title×3: QueryBuilder's {@code text()} for one word or phrase. */
  private static String inBothFields(String quoted) {
    return "(body:" + quoted + " title:" + quoted + "^" + TITLE_BOOST + ")";
  }

  /** A double-quoted literal for the lucene parser: only backslash and quote need escaping inside quotes. */
  static String quote(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
