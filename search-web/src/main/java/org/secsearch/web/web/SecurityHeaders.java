package org.secsearch.web.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Headers every response carries, errors included: a Content-Security-Policy that allows only this origin's
 * scripts and styles (no inline script), no MIME sniffing, no referrer (search terms travel in URLs), no framing,
 * and no caching of results or documents, which may be sensitive.
 */
final class SecurityHeaders {
  static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "connect-src 'self'; form-action 'self'; base-uri 'none'; object-src 'none'; frame-ancestors 'none'";

  private SecurityHeaders() {}

  /** The headers for a response to {@code path}, in a stable order. */
  static Map<String, String> of(String path) {
    Map<String, String> h = new LinkedHashMap<>();
    h.put("Content-Security-Policy", CSP);
    h.put("X-Content-Type-Options", "nosniff");
    h.put("Referrer-Policy", "no-referrer");
    h.put("X-Frame-Options", "DENY");
    h.put("Cross-Origin-Opener-Policy", "same-origin");
    h.put("Cross-Origin-Resource-Policy", "same-origin");
    h.put("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    h.put("Cache-Control", path.startsWith("/static/") ? "public, max-age=3600" : "no-store");
    return h;
  }

  static void apply(Context ctx) {
    of(ctx.path()).forEach(ctx::header);
  }
}
