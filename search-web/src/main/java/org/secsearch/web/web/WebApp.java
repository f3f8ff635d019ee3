package org.secsearch.web.web;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import org.secsearch.web.access.AccessGate;
import org.secsearch.web.access.AuditLog;
import org.secsearch.web.access.AuditRecorder;
import org.secsearch.web.access.Authenticator;
import org.secsearch.web.search.InvalidSearchException;
import org.secsearch.web.search.SearchService;

/** The web application: every route in one place, each a thin handler over {@link SearchService}. */
public final class WebApp {
  /**
   * @param exportCap most rows a CSV export holds (stated in the UI)
   * @param feedSize entries in an Atom feed
   * @param authenticator who may come in ({@link Authenticator#none()}: anyone)
   * @param auditLog where uses of the search are recorded ({@link AuditLog#OFF}: nowhere)
   */
  public record Options(int exportCap, int feedSize, Authenticator authenticator, AuditLog auditLog) {
    public static Options defaults() {
      return new Options(1000, 50, Authenticator.none(), AuditLog.OFF);
    }

    public Options withAccess(Authenticator a, AuditLog log) {
      return new Options(exportCap, feedSize, a, log);
    }
  }

  private WebApp() {}

  /** Builds the app (not started): {@code create(...).start("127.0.0.1", 7070)}. */
  public static Javalin create(SearchService service, Views views, Options options) {
    Handlers h = new Handlers(service, views, options);
    AuditRecorder audit = new AuditRecorder(options.auditLog());
    return Javalin.create(cfg -> {
      cfg.startup.showJavalinBanner = false;
      cfg.http.prefer405over404 = false;
      cfg.jetty.modifyServer(server -> {
        server.setErrorHandler(new JettyErrors());
        server.insertHandler(new PathEscapeChecker());
      });
      cfg.jsonMapper(HtmlSafeJson.mapper());
      cfg.staticFiles.add(files -> {
        files.hostedPath = "/static";
        files.directory = "/public";
        files.location = Location.CLASSPATH;
      });
      cfg.routes.before(SecurityHeaders::apply);
      cfg.routes.before(new AccessGate(options.authenticator())::check);
      for (String route : AuditRecorder.ROUTES) cfg.routes.after(route, ctx -> audit.record(ctx, route));
      cfg.routes.get("/", ctx -> ctx.redirect("/search"));
      cfg.routes.get("/search", h::search);
      cfg.routes.get("/search.atom", h::feed);
      cfg.routes.get("/export.csv", h::export);
      cfg.routes.get("/doc/{id}", h::document);
      cfg.routes.get("/doc/{id}/original", h::original);
      cfg.routes.get("/api/search", h::apiSearch);
      cfg.routes.get("/api/doc/{id}", h::apiDocument);
      cfg.routes.get("/api/stats", h::stats);
      cfg.routes.get("/health", h::health);
      cfg.routes.exception(InvalidSearchException.class, h::invalid);
      cfg.routes.exception(Exception.class, h::failure);
      cfg.routes.error(404, h::notFound);
      cfg.routes.error(405, h::notFound);
    });
  }
}
