package org.secsearch.web.access;

import io.javalin.http.Context;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The after-handler that writes an {@link AuditEvent} for each use of a route that shows or sends reports
 * ({@link #ROUTES}); redirects to a canonical URL are left out, the request they lead to is logged. Handlers give
 * the hit count with {@link #hits}. A line that cannot be written fails the request rather than go unrecorded.
 */
public final class AuditRecorder {
  public static final List<String> ROUTES = List.of("/search", "/api/search", "/search.atom", "/export.csv",
      "/doc/{id}", "/doc/{id}/original", "/api/doc/{id}");
  private static final String HITS = "secsearch.audit.hits";

  private final AuditLog log;

  public AuditRecorder(AuditLog log) {
    this.log = log;
  }

  /** Notes, for the audit line, how many hits this request found or sent. */
  public static void hits(Context ctx, long n) {
    ctx.attribute(HITS, n);
  }

  public void record(Context ctx, String route) throws IOException {
    if (!log.enabled() || ctx.statusCode() / 100 == 3) return;
    Map<String, List<String>> filters = new TreeMap<>(ctx.queryParamMap());
    List<String> q = filters.remove("q");
    log.write(new AuditEvent(Instant.now().truncatedTo(ChronoUnit.MILLIS).toString(), AccessGate.user(ctx),
        ctx.req().getRemoteAddr(), ctx.header("X-Forwarded-For"), ctx.method().name(), route, ctx.statusCode(),
        q == null || q.isEmpty() ? null : q.getFirst(), filters, ctx.attribute(HITS),
        ctx.pathParamMap().get("id")));
  }
}
