package org.secsearch.solrpeer;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;

/**
 * Runs the query mix against Solr as bench-interface.md says: the whole mix {@code warmup} times unmeasured, then
 * {@code repeat} measured rounds of the mix (each query once per round, so no query runs twice in a row), one
 * client, timing each request from call to parsed response.
 */
public final class MixRunner {
  /** What one query found: its exact hit count and its top facet values ("El Salvador=120, Peru=80"). */
  public record Answer(long hits, String topCountries, String topOrgs) {
    static final int SHOWN = 3;

    static Answer of(QueryResponse r) {
      return new Answer(r.getResults().getNumFound(), top(r, "country"), top(r, "org"));
    }

    private static String top(QueryResponse r, String field) {
      FacetField f = r.getFacetField(field);
      if (f == null || f.getValues() == null) return "";
      return f.getValues().stream().limit(SHOWN).map(c -> c.getName() + "=" + c.getCount())
          .collect(Collectors.joining(", "));
    }
  }

  /** Latencies per query and round, what each query found, and the wall time of the measured rounds. */
  public record Outcome(List<BenchQuery> mix, Answer[] answers, long[][] nanos, long wallNanos) {
    public int measured() {
      return nanos.length * (nanos.length == 0 ? 0 : nanos[0].length);
    }
  }

  private final SolrClient solr;

  public MixRunner(SolrClient solr) {
    this.solr = solr;
  }

  public Outcome run(List<BenchQuery> mix, int warmup, int repeat) throws IOException, SolrServerException {
    SolrQuery[] requests = mix.stream().map(QueryTranslator::toSolr).toArray(SolrQuery[]::new);
    Answer[] answers = answers(mix);
    for (int round = 0; round < warmup; round++) {
      for (int i = 0; i < requests.length; i++) check(mix.get(i), execute(mix.get(i), requests[i]), answers[i].hits());
    }
    long[][] nanos = new long[mix.size()][repeat];
    long wall0 = System.nanoTime();
    for (int round = 0; round < repeat; round++) {
      for (int i = 0; i < requests.length; i++) {
        long t0 = System.nanoTime();
        QueryResponse r = execute(mix.get(i), requests[i]);
        nanos[i][round] = System.nanoTime() - t0;
        check(mix.get(i), r, answers[i].hits());
      }
    }
    return new Outcome(mix, answers, nanos, System.nanoTime() - wall0);
  }

  /** Each query once, unmeasured: what it finds, for comparing with secsearch (the --check mode). */
  public Answer[] answers(List<BenchQuery> mix) throws IOException, SolrServerException {
    Answer[] answers = new Answer[mix.size()];
    for (int i = 0; i < answers.length; i++) {
      QueryResponse r = execute(mix.get(i), QueryTranslator.toSolr(mix.get(i)));
      check(mix.get(i), r, r.getResults().getNumFound());
      answers[i] = Answer.of(r);
    }
    return answers;
  }

  private QueryResponse execute(BenchQuery q, SolrQuery request) throws IOException, SolrServerException {
    try {
      return solr.query(request);
    } catch (RuntimeException e) {
      throw new SolrServerException("query " + q.name() + " failed: " + request.getQuery(), e);
    }
  }

  /** Guards the figures: a query must return the same hits every time, with its facets and snippets. */
  private static void check(BenchQuery q, QueryResponse r, long expectedHits) {
    long hits = r.getResults().getNumFound();
    if (hits != expectedHits) {
      throw new IllegalStateException("query " + q.name() + ": " + hits + " hits, earlier " + expectedHits);
    }
    if (r.getFacetFields() == null || r.getFacetFields().size() != QueryTranslator.FACET_FIELDS.size()) {
      throw new IllegalStateException("query " + q.name() + ": facet counts missing from the response");
    }
    if (hits > 0 && r.getHighlighting() == null) {
      throw new IllegalStateException("query " + q.name() + ": highlighting missing from the response");
    }
  }
}
