package org.secsearch.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.taxonomy.FastTaxonomyFacetCounts;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.secsearch.bench.BenchQuery.Dim;
import org.secsearch.bench.BenchQuery.Filter;
import org.secsearch.bench.BenchQuery.Kind;
import org.secsearch.indexer.schema.FacetDim;
import org.secsearch.indexer.schema.Fields;
import org.secsearch.indexer.schema.IndexSchema;
import org.secsearch.web.search.AnalyzedText;

/**
 * Answers the mix maker's questions about the index: a word's indexed form and document frequency, how many
 * reports a query with filters matches (body words only: enough to know it is not empty), the top filter values.
 */
final class MixCounter {
  private final IndexReaders index;
  private final FacetsConfig config = IndexSchema.facetsConfig();
  private final Map<String, String> forms = new HashMap<>();

  MixCounter(IndexReaders index) {
    this.index = index;
  }

  /** The single term our analyzer makes of {@code word}, or null when it makes none or several. */
  String indexedForm(String word) {
    return forms.computeIfAbsent(word, this::analyze);
  }

  /** Reports whose body holds {@code word} (in its indexed form). */
  int docFreq(String word) throws IOException {
    String form = indexedForm(word);
    return form == null ? 0 : index.reader.docFreq(new Term(Fields.BODY, form));
  }

  long count(BenchQuery q, List<Filter> filters) throws IOException {
    DrillDownQuery ddq = new DrillDownQuery(config, text(q));
    for (Filter f : filters) ddq.add(dim(f.dim()).key, f.value());
    return index.searcher.count(ddq);
  }

  /** The {@code n} most frequent values of a filter dimension over the whole index, ties by name. */
  List<String> topValues(Dim dim, int n) throws IOException {
    FacetsCollector fc = index.searcher.search(new MatchAllDocsQuery(), new FacetsCollectorManager());
    FacetResult r = new FastTaxonomyFacetCounts(index.taxonomy, config, fc).getAllChildren(dim(dim).key);
    if (r == null) return List.of();
    List<LabelAndValue> values = new ArrayList<>(List.of(r.labelValues));
    values.sort(Comparator.comparingLong((LabelAndValue lv) -> -lv.value.longValue()).thenComparing(lv -> lv.label));
    return values.stream().limit(n).map(lv -> lv.label).toList();
  }

  /** The taxonomy dimension a filter dimension drills into: a country is the top level of a region path. */
  static FacetDim dim(Dim dim) {
    return switch (dim) {
      case COUNTRY -> FacetDim.REGION;
      case ORG -> FacetDim.ORGANIZATION;
      case YEAR -> FacetDim.DATE;
    };
  }

  private Query text(BenchQuery q) {
    List<Term> terms = new ArrayList<>();
    for (String w : q.terms()) {
      String form = indexedForm(w);
      if (form != null) terms.add(new Term(Fields.BODY, form));
    }
    if (q.kind() == Kind.PHRASE) return new PhraseQuery(0, Fields.BODY, terms.stream().map(Term::bytes)
        .toArray(org.apache.lucene.util.BytesRef[]::new));
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    Occur occur = q.kind() == Kind.OR ? Occur.SHOULD : Occur.MUST;
    for (Term t : terms) b.add(new TermQuery(t), occur);
    return b.build();
  }

  private String analyze(String word) {
    List<String> tokens = AnalyzedText.tokens(word);
    return tokens.size() == 1 ? tokens.get(0) : null;
  }
}
