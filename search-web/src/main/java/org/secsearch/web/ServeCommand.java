package org.secsearch.web;

import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.secsearch.indexer.enrich.ReportEnricher;
import org.secsearch.indexer.enrich.StandardFacetFinder;
import org.secsearch.indexer.index.ConsoleProgress;
import org.secsearch.indexer.index.CorpusIndexer;
import org.secsearch.web.access.AuditLog;
import org.secsearch.web.access.Authenticator;
import org.secsearch.web.access.Exposure;
import org.secsearch.web.access.TokenFile;
import org.secsearch.web.access.UsersFile;
import org.secsearch.web.search.EquivalentNames;
import org.secsearch.web.search.SearchService;
import org.secsearch.web.web.Views;
import org.secsearch.web.web.WebApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code serve}: with {@code --corpus}, first brings the index up to date with the corpus (incrementally: only
 * new and changed files are parsed), then serves it on 127.0.0.1 and prints the URL. The index may be updated
 * by the indexer while the server runs; new commits are searchable within a second. On an address other machines
 * can reach it requires authentication ({@code --users}, {@code --token-file}); {@code --audit-log} records use.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve an index in the browser (and index a corpus into it first, if given).")
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--index", required = true, description = "Index folder (created by the indexer).")
  Path index;

  @Option(names = "--corpus", description = "Folder of reports: indexed (incrementally) before serving; "
      + "originals are downloadable from it (without it, from the folder the indexer recorded in the index).")
  Path corpus;

  @Option(names = {"--rebuild", "--reindex"}, description = "With --corpus: discard the index and index "
      + "everything again.")
  boolean rebuild;

  @Option(names = "--no-index", description = "With --corpus: serve without indexing first.")
  boolean noIndex;

  @Option(names = "--workers", description = "With --corpus: extraction worker JVMs (default: cores).")
  int workers = Math.max(1, Runtime.getRuntime().availableProcessors());

  @Option(names = "--threads", description = "With --corpus: indexing threads (default: 2 × workers).")
  Integer threads;

  @Option(names = "--port", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port = 7070;

  @Option(names = "--bind", description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only). "
      + "Any other address needs --users or --token-file.")
  String bind = "127.0.0.1";

  @Option(names = "--users", paramLabel = "FILE", description = "Users who may sign in (HTTP Basic): lines "
      + "printed by hash-password. Use behind a TLS reverse proxy.")
  Path users;

  @Option(names = "--token-file", paramLabel = "FILE", description = "Bearer tokens that may call the server, "
      + "one a line (at least 20 characters).")
  Path tokenFile;

  @Option(names = "--audit-log", paramLabel = "FILE", description = "Append a JSON line per search, document "
      + "opened or downloaded, feed and export (who, when, what).")
  Path auditLog;

  /** The running server and its service, for whoever started the command in-process (tests). */
  Javalin app;
  SearchService service;
  AuditLog audit = AuditLog.OFF;

  @Override
  public Integer call() throws Exception {
    if (corpus != null && !Files.isDirectory(corpus)) {
      System.err.println("error: corpus folder not found: " + corpus);
      return SearchWebCli.USAGE;
    }
    Authenticator authenticator;
    try {
      authenticator = Authenticator.of(users == null ? Map.of() : UsersFile.read(users),
          tokenFile == null ? List.of() : TokenFile.read(tokenFile));
      if (!authenticator.enabled() && !Exposure.isLoopbackOnly(bind)) {
        System.err.println("error: --bind " + bind + " can be reached from other machines; refusing to serve "
            + "without authentication. Give --users FILE (lines from `hash-password USER`) and/or --token-file "
            + "FILE, and put a TLS reverse proxy in front (README: \"Sharing beyond this machine\").");
        return SearchWebCli.USAGE;
      }
      if (auditLog != null) audit = AuditLog.open(auditLog);
    } catch (IllegalArgumentException | IOException e) {
      System.err.println("error: " + e.getMessage());
      return SearchWebCli.USAGE;
    }
    if (corpus != null && !noIndex) {
      CorpusIndexer.Options o = CorpusIndexer.Options.defaults(corpus, index).withRebuild(rebuild)
          .withThreads(threads != null ? threads : 2 * workers, workers);
      new CorpusIndexer(new ReportEnricher(StandardFacetFinder.get()))
          .run(o, new ConsoleProgress(System.out, System.console() != null));
    }
    service = new SearchService(index, corpus, EquivalentNames.standard(), 1000);
    app = WebApp.create(service, new Views(), WebApp.Options.defaults().withAccess(authenticator, audit));
    Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "shutdown"));
    app.start(bind, port);
    SearchService.Status s = service.status();
    String host = bind.contains(":") ? "[" + bind + "]" : bind.equals("0.0.0.0") ? "127.0.0.1" : bind;
    System.out.printf("secsearch: %s in %s%n", s.ready() ? s.documents() + " reports" : "no index yet", index);
    if (authenticator.enabled()) {
      System.out.printf("secsearch: sign-in required (%d users%s)%n", authenticator.users(),
          tokenFile == null ? "" : ", tokens from " + tokenFile);
    }
    if (audit.enabled()) System.out.println("secsearch: audit log " + auditLog);
    System.out.printf("secsearch: open http://%s:%d/search   (Ctrl+C to stop)%n", host, app.port());
    return SearchWebCli.OK;
  }

  /** Stops the server and closes the index (Ctrl+C does this through a shutdown hook). */
  void stop() {
    if (app != null) app.stop();
    try {
      if (service != null) service.close();
      audit.close();
    } catch (Exception e) {
      System.err.println("warning: closing the index or the audit log: " + e.getMessage());
    }
  }
}
