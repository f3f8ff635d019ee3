package org.secsearch.solrpeer;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;

/**
 * Runs the query mix against Solr as bench-interface.md says: the whole mix {@code warmup} times unmeasured, then
 * {@code reps} measured rounds of the mix (each query once per round, so no query runs twice in a row), one
 * client, timing each request from call to parsed response. A failed request is counted, not fatal, as in the
 * bench module's runners; its time still counts.
 */
public final class MixRunner {
  /** What one query found: its exact hit count (-1 when it failed) and its top facet values ("Peru=80, …"). */
  public record Answer(long hits, String topCountries, String topOrgs) {
    static final int SHOWN = 3;
    static final Answer FAILED = new Answer(-1, "", "");

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

  /**
   * Latencies per query and round, what each query found, the wall time of the measured rounds, and the failed
   * requests (with what the first one said, or null).
   */
  public record Outcome(List<BenchQuery> mix, Answer[] answers, long[][] nanos, long wallNanos, int errors,
      String firstError) {}

  private final SolrClient solr;
  private int errors;
  private String firstError;

  public MixRunner(SolrClient solr) {
    this.solr = solr;
  }

  public Outcome run(List<BenchQuery> mix, int warmup, int reps) {
    SolrQuery[] requests = mix.stream().map(QueryTranslator::toSolr).toArray(SolrQuery[]::new);
    Answer[] answers = answers(mix);
    for (int round = 0; round < warmup; round++) {
      for (int i = 0; i < requests.length; i++) execute(mix.get(i), requests[i], answers[i].hits());
    }
    long[][] nanos = new long[mix.size()][reps];
    long wall0 = System.nanoTime();
    for (int round = 0; round < reps; round++) {
      for (int i = 0; i < requests.length; i++) {
        long t0 = System.nanoTime();
        execute(mix.get(i), requests[i], answers[i].hits());
        nanos[i][round] = System.nanoTime() - t0;
      }
    }
    return new Outcome(mix, answers, nanos, System.nanoTime() - wall0, errors, firstError);
  }

  /** Each query once, unmeasured: what it finds, for comparing with secsearch (the --check mode). */
  public Answer[] answers(List<BenchQuery> mix) {
    Answer[] answers = new Answer[mix.size()];
    for (int i = 0; i < answers.length; i++) {
      QueryResponse r = execute(mix.get(i), QueryTranslator.toSolr(mix.get(i)), -1);
      answers[i] = r == null ? Answer.FAILED : Answer.of(r);
    }
    return answers;
  }

  public int errors() {
    return errors;
  }

  public String firstError() {
    return firstError;
  }

  /** One request, checked; null (and one more error) when it failed or answered differently from before. */
  private QueryResponse execute(BenchQuery q, SolrQuery request, long expectedHits) {
    try {
      QueryResponse r = solr.query(request);
      String problem = problem(r, expectedHits);
      if (problem == null) return r;
      fail(q, problem);
    } catch (Exception e) { // SolrServerException, IOException, or a RuntimeException from inside Solr
      fail(q, e.toString() + " for q=" + request.getQuery());
    }
    return null;
  }

  private void fail(BenchQuery q, String what) {
    if (errors++ == 0) firstError = "query " + q.name() + ": " + what;
  }

  /** Guards the figures: a query must return the same hits every time, with its facets and snippets. */
  private static String problem(QueryResponse r, long expectedHits) {
    long hits = r.getResults().getNumFound();
    if (expectedHits >= 0 && hits != expectedHits) return hits + " hits, earlier " + expectedHits;
    if (r.getFacetFields() == null || r.getFacetFields().size() != QueryTranslator.FACET_FIELDS.size()) {
      return "facet counts missing from the response";
    }
    if (hits > 0 && r.getHighlighting() == null) return "highlighting missing from the response";
    return null;
  }
}
