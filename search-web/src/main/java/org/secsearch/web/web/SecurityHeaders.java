package org.secsearch.web.web;

import io.javalin.http.Context;

/**
 * Headers every response carries, errors included: a Content-Security-Policy that allows only this origin's
 * scripts and styles (no inline script), no MIME sniffing, no referrer (search terms travel in URLs), no framing,
 * and no caching of results or documents, which may be sensitive.
 */
final class SecurityHeaders {
  static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "connect-src 'self'; form-action 'self'; base-uri 'none'; object-src 'none'; frame-ancestors 'none'";

  private SecurityHeaders() {}

  static void apply(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    ctx.header("Cache-Control", ctx.path().startsWith("/static/") ? "public, max-age=3600" : "no-store");
  }
}
