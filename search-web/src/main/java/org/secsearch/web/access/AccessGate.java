package org.secsearch.web.access;

import io.javalin.http.Context;
import io.javalin.http.UnauthorizedResponse;

/**
 * The before-handler that lets a request in only with credentials the {@link Authenticator} accepts, when
 * authentication is configured; {@code /health} stays open for monitors. It records who came in for the audit log.
 */
public final class AccessGate {
  /** Context attribute: the authenticated user or token name. */
  public static final String USER = "secsearch.user";
  public static final String REALM = "realm=\"secsearch\"";

  private final Authenticator authenticator;

  public AccessGate(Authenticator authenticator) {
    this.authenticator = authenticator;
  }

  public void check(Context ctx) {
    if (!authenticator.enabled() || ctx.path().equals("/health")) return;
    var user = authenticator.authenticate(ctx.header("Authorization"));
    if (user.isPresent()) {
      ctx.attribute(USER, user.get());
      return;
    }
    ctx.header("WWW-Authenticate", (authenticator.acceptsPasswords() ? "Basic " : "Bearer ") + REALM);
    throw new UnauthorizedResponse("authentication required");
  }

  /** The user a request was let in as, or "-". */
  public static String user(Context ctx) {
    String user = ctx.attribute(USER);
    return user == null ? "-" : user;
  }
}
