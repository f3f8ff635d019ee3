package org.secsearch.web.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import org.secsearch.web.access.AuditRecorder;
import org.secsearch.web.search.InvalidSearchException;
import org.secsearch.web.search.SearchResult;
import org.secsearch.web.search.SearchService;
import org.secsearch.web.search.SearchState;
import org.secsearch.web.search.Sort;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The request handlers: each parses the state, asks the service, and renders a page, JSON, a feed or a file. */
final class Handlers {
  private static final Logger LOG = LoggerFactory.getLogger(Handlers.class);

  private final SearchService service;
  private final Views views;
  private final WebApp.Options options;

  Handlers(SearchService service, Views views, WebApp.Options options) {
    this.service = service;
    this.views = views;
    this.options = options;
  }

  void search(Context ctx) throws IOException {
    SearchState state = state(ctx);
    if (!state.toQueryString().equals(ctx.queryString() == null ? "" : ctx.queryString())) {
      ctx.redirect(state.href(), HttpStatus.FOUND); // one canonical URL per search, whatever the form sent
      return;
    }
    SearchResult result = service.search(state);
    AuditRecorder.hits(ctx, result.total());
    ctx.html(views.search(SearchPage.of(result, service.status(), options.exportCap())));
  }

  void document(Context ctx) throws IOException {
    SearchState state = state(ctx);
    var doc = service.document(ctx.pathParam("id"), state).orElseThrow(NotFoundResponse::new);
    ctx.html(views.document(new DocumentPage(state, doc, service.status())));
  }

  /** The original file, found by document id only and always sent as a download, never rendered. */
  void original(Context ctx) throws IOException {
    var original = service.original(ctx.pathParam("id")).orElseThrow(NotFoundResponse::new);
    String name = original.fileName();
    ctx.header("Content-Disposition", "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_")
        + "\"; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
    ctx.header("Content-Length", Long.toString(Files.size(original.file())));
    ctx.contentType("application/octet-stream").result(Files.newInputStream(original.file()));
  }

  void feed(Context ctx) throws IOException {
    SearchState state = state(ctx);
    var hits = service.top(state, Sort.NEWEST, options.feedSize(), true);
    AuditRecorder.hits(ctx, hits.size());
    ctx.contentType("application/atom+xml; charset=utf-8").result(AtomFeed.write(state, hits, origin(ctx)));
  }

  void export(Context ctx) throws IOException {
    SearchState state = state(ctx);
    var hits = service.top(state, state.sort(), options.exportCap(), false);
    AuditRecorder.hits(ctx, hits.size());
    ctx.header("Content-Disposition", "attachment; filename=\"secsearch-export.csv\"");
    ctx.contentType("text/csv; charset=utf-8").result(CsvExport.write(hits, state, origin(ctx)));
  }

  void apiSearch(Context ctx) throws IOException {
    SearchResult result = service.search(state(ctx));
    AuditRecorder.hits(ctx, result.total());
    ctx.json(ApiModels.search(result));
  }

  void apiDocument(Context ctx) throws IOException {
    var doc = service.document(ctx.pathParam("id"), state(ctx)).orElseThrow(NotFoundResponse::new);
    ctx.json(ApiModels.document(doc));
  }

  void stats(Context ctx) throws IOException {
    var stats = service.stats(10);
    ctx.json(stats == null ? Map.of("documents", 0, "index", "missing") : ApiModels.stats(stats));
  }

  void health(Context ctx) throws IOException {
    SearchService.Status s = service.status();
    ctx.json(Map.of("status", "ok", "index", s.ready() ? "ready" : "missing", "documents", s.documents()));
  }

  void invalid(InvalidSearchException e, Context ctx) {
    ctx.status(HttpStatus.BAD_REQUEST);
    if (wantsJson(ctx)) {
      ctx.json(new ApiModels.ApiError(400, e.getMessage()));
    } else {
      ctx.html(views.search(SearchPage.refused(ctx.queryParam("q"), e.getMessage(), safeStatus())));
    }
  }

  void notFound(Context ctx) {
    ctx.status(HttpStatus.NOT_FOUND);
    if (wantsJson(ctx)) {
      ctx.json(new ApiModels.ApiError(404, "not found"));
    } else {
      ctx.html(views.error(new ErrorPage(404, "Not found", "There is no page or report at this address. "
          + "Report links stay valid across index rebuilds; this one may have been mistyped.")));
    }
  }

  void failure(Exception e, Context ctx) {
    LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
    ctx.status(HttpStatus.INTERNAL_SERVER_ERROR);
    if (wantsJson(ctx)) {
      ctx.json(new ApiModels.ApiError(500, "internal error"));
    } else {
      ctx.html(views.error(new ErrorPage(500, "Something went wrong",
          "The server could not answer this request. The error has been logged; please try again.")));
    }
  }

  private static SearchState state(Context ctx) {
    return SearchState.parse(ctx.queryParamMap());
  }

  private static boolean wantsJson(Context ctx) {
    return ctx.path().startsWith("/api/") || ctx.path().equals("/health");
  }

  private SearchService.Status safeStatus() {
    try {
      return service.status();
    } catch (IOException | RuntimeException e) {
      return new SearchService.Status(false, 0, null);
    }
  }

  /** The origin for absolute links in feeds and exports, from the Host header when it looks like a host. */
  private static String origin(Context ctx) {
    String host = ctx.host();
    if (host == null || !host.matches("[A-Za-z0-9.\\-]+(:\\d{1,5})?|\\[[0-9A-Fa-f:.]+\\](:\\d{1,5})?")) {
      host = "127.0.0.1";
    }
    return ("https".equals(ctx.scheme()) ? "https" : "http") + "://" + host;
  }
}
