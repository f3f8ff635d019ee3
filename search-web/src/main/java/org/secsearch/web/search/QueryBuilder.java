package org.secsearch.web.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.taxonomy.TaxonomyReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.secsearch.indexer.schema.FacetDim;
import org.secsearch.indexer.schema.Fields;
import org.secsearch.indexer.schema.IndexSchema;
import org.secsearch.web.search.QueryNode.All;
import org.secsearch.web.search.QueryNode.Any;
import org.secsearch.web.search.QueryNode.FacetTerm;
import org.secsearch.web.search.QueryNode.Not;
import org.secsearch.web.search.QueryNode.Prefix;
import org.secsearch.web.search.QueryNode.Text;

/**
 * Turns a parsed user query into the ranked Lucene query: BM25 over the body plus the title boosted
 * {@value #TITLE_BOOST}×, each word or phrase OR'ed with its equivalent names; and, separately, a sloppy phrase of
 * the plain words with which the best hits are re-ranked, so documents where the words stand close together rank
 * first (see {@link Proximity}).
 */
public final class QueryBuilder {
  /** A word in the title says more about a report than the same word once in its body. */
  static final float TITLE_BOOST = 3f;
  static final float PROXIMITY_BOOST = 2f;
  /** Words within this many positions of each other (in order or not) earn the proximity boost. */
  static final int PROXIMITY_SLOP = 8;

  private final org.apache.lucene.util.QueryBuilder analyzed;
  private final Analyzer analyzer = IndexSchema.analyzer();
  private final FacetsConfig config = IndexSchema.facetsConfig();
  private final QueryExpander expander;

  public QueryBuilder(QueryExpander expander) {
    this.expander = expander;
    this.analyzed = new org.apache.lucene.util.QueryBuilder(analyzer);
  }

  /**
   * The query for a parse, or null when it holds nothing searchable (an empty box matches every report).
   *
   * @param taxonomy resolves facet values typed in any letter case to the indexed spelling; may be null
   */
  public Query build(UserQueryParser.Parsed parsed, TaxonomyReader taxonomy) throws IOException {
    if (parsed.isEmpty()) return null;
    return node(parsed.root(), taxonomy);
  }

  /**
   * A sloppy phrase of the positive plain words, in the order typed, boosted {@value #PROXIMITY_BOOST}×: what the
   * best hits earn on top of their score when those words stand within {@value #PROXIMITY_SLOP} positions of each
   * other; null when there are fewer than two such words.
   */
  public Query proximity(UserQueryParser.Parsed parsed) {
    return parsed.isEmpty() ? null : proximity(parsed.root());
  }

  private Query node(QueryNode n, TaxonomyReader taxonomy) throws IOException {
    return switch (n) {
      case Text t -> text(t, true);
      case Prefix p -> prefix(p);
      case FacetTerm f -> new ConstantScoreQuery(facetTerm(f, taxonomy));
      case All a -> all(a.clauses(), taxonomy);
      case Any a -> any(a.clauses(), taxonomy);
      case Not not -> all(List.of(not), taxonomy);
    };
  }

  private Query all(List<QueryNode> clauses, TaxonomyReader taxonomy) throws IOException {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    boolean positive = false, any = false;
    for (int i = 0; i < clauses.size(); ) {
      QueryNode c = clauses.get(i);
      int used = 1;
      Query q;
      Occur occur = Occur.MUST;
      if (c instanceof Not not) {
        q = node(not.clause(), taxonomy);
        occur = Occur.MUST_NOT;
      } else if (c instanceof FacetTerm f) {
        q = facetTerm(f, taxonomy);
        occur = Occur.FILTER; // a facet term narrows; it should not add to the score
      } else {
        List<Text> run = plainWords(clauses, i);
        q = null;
        for (int k = run.size(); k >= 2 && q == null; k--) {
          q = nameGroup(run.subList(0, k));
          if (q != null) used = k;
        }
        if (q == null) q = node(c, taxonomy);
      }
      if (q != null) {
        b.add(q, occur);
        any = true;
        positive |= occur != Occur.MUST_NOT;
      }
      i += used;
    }
    if (!any) return null;
    if (!positive) b.add(new MatchAllDocsQuery(), Occur.MUST); // "-taliban" alone: everything but
    return b.build();
  }

  private Query any(List<QueryNode> clauses, TaxonomyReader taxonomy) throws IOException {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int n = 0;
    for (QueryNode c : clauses) {
      Query q = node(c, taxonomy);
      if (q != null) {
        b.add(q, Occur.SHOULD);
        n++;
      }
    }
    return n == 0 ? null : b.build();
  }

  /** The unquoted default-field words starting at {@code from}, as many as a known name can have. */
  private List<Text> plainWords(List<QueryNode> clauses, int from) {
    List<Text> run = new ArrayList<>();
    for (int i = from; i < clauses.size() && run.size() < expander.maxWords(); i++) {
      if (!(clauses.get(i) instanceof Text t) || !t.isPlainWord()) break;
      run.add(t);
    }
    return run;
  }

  /** Words that together form a known name: all the words, or any of the name's equivalents as a phrase. */
  private Query nameGroup(List<Text> words) {
    String joined = String.join(" ", words.stream().map(Text::text).toList());
    List<String> others = expander.equivalents(joined);
    if (others.isEmpty()) return null;
    BooleanQuery.Builder together = new BooleanQuery.Builder();
    for (Text w : words) {
      Query q = text(w, false);
      if (q != null) together.add(q, Occur.MUST);
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(together.build(), Occur.SHOULD);
    for (String other : others) {
      Query q = text(new Text(null, other, true, 0), false);
      if (q != null) b.add(q, Occur.SHOULD);
    }
    return b.build();
  }

  /** The text in its field(s), OR'ed with each equivalent name when {@code expand}. */
  private Query text(Text t, boolean expand) {
    List<String> variants = new ArrayList<>();
    variants.add(t.text());
    if (expand) variants.addAll(expander.equivalents(t.text()));
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int n = 0;
    for (String v : variants) {
      for (String field : fields(t.field())) {
        Query q = analyzed.createPhraseQuery(field, v, t.slop());
        if (q == null) continue; // nothing searchable in it ("!!!")
        b.add(field.equals(Fields.TITLE) ? new BoostQuery(q, TITLE_BOOST) : q, Occur.SHOULD);
        n++;
      }
    }
    return n == 0 ? null : b.build();
  }

  private Query prefix(Prefix p) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String field : fields(p.field())) {
      Query q = new PrefixQuery(new Term(field, analyzer.normalize(field, p.stem())));
      b.add(field.equals(Fields.TITLE) ? new BoostQuery(q, TITLE_BOOST) : q, Occur.SHOULD);
    }
    return b.build();
  }

  private static List<String> fields(String field) {
    return field == null ? List.of(Fields.BODY, Fields.TITLE) : List.of(field);
  }

  /** The drill-down term of a facet value, with its path matched case-insensitively against the taxonomy. */
  Query facetTerm(FacetTerm f, TaxonomyReader taxonomy) throws IOException {
    String[] path = f.dim().components(f.value());
    if (taxonomy != null) path = FacetPaths.resolve(taxonomy, f.dim(), path);
    return new TermQuery(DrillDownQuery.term(config.getDimConfig(f.dim().key).indexFieldName, f.dim().key, path));
  }

  private Query proximity(QueryNode root) {
    List<String> words = new ArrayList<>();
    List<QueryNode> top = root instanceof All a ? a.clauses() : List.of(root);
    for (QueryNode n : top) {
      if (n instanceof Text t && t.field() == null) words.add(t.text());
    }
    if (words.size() < 2) return null;
    Query q = analyzed.createPhraseQuery(Fields.BODY, String.join(" ", words).toLowerCase(Locale.ROOT),
        PROXIMITY_SLOP);
    return q instanceof PhraseQuery ? new BoostQuery(q, PROXIMITY_BOOST) : null;
  }
}
