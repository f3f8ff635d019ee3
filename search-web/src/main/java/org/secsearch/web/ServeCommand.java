package org.secsearch.web;

import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.secsearch.indexer.enrich.ReportEnricher;
import org.secsearch.indexer.enrich.StandardFacetFinder;
import org.secsearch.indexer.index.ConsoleProgress;
import org.secsearch.indexer.index.CorpusIndexer;
import org.secsearch.web.search.EquivalentNames;
import org.secsearch.web.search.SearchService;
import org.secsearch.web.web.Views;
import org.secsearch.web.web.WebApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code serve}: with {@code --corpus}, first brings the index up to date with the corpus (incrementally: only
 * new and changed files are parsed), then serves it on 127.0.0.1 and prints the URL. The index may be updated
 * by the indexer while the server runs; new commits are searchable within a second.
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

  @Option(names = "--threads", description = "Indexing threads (default: cores).")
  int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

  @Option(names = "--port", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port = 7070;

  @Option(names = "--bind", description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  String bind = "127.0.0.1";

  /** The running server and its service, for whoever started the command in-process (tests). */
  Javalin app;
  SearchService service;

  @Override
  public Integer call() throws Exception {
    if (corpus != null && !Files.isDirectory(corpus)) {
      System.err.println("error: corpus folder not found: " + corpus);
      return SearchWebCli.USAGE;
    }
    if (corpus != null && !noIndex) {
      CorpusIndexer.Options o = CorpusIndexer.Options.defaults(corpus, index).withRebuild(rebuild)
          .withThreads(threads);
      new CorpusIndexer(new ReportEnricher(StandardFacetFinder.get()))
          .run(o, new ConsoleProgress(System.out, System.console() != null));
    }
    service = new SearchService(index, corpus, EquivalentNames.standard(), 1000);
    app = WebApp.create(service, new Views(), WebApp.Options.defaults());
    Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "shutdown"));
    app.start(bind, port);
    SearchService.Status s = service.status();
    String host = bind.contains(":") ? "[" + bind + "]" : bind.equals("0.0.0.0") ? "127.0.0.1" : bind;
    System.out.printf("secsearch: %s in %s%n", s.ready() ? s.documents() + " reports" : "no index yet", index);
    System.out.printf("secsearch: open http://%s:%d/search   (Ctrl+C to stop)%n", host, app.port());
    return SearchWebCli.OK;
  }

  /** Stops the server and closes the index (Ctrl+C does this through a shutdown hook). */
  void stop() {
    if (app != null) app.stop();
    try {
      if (service != null) service.close();
    } catch (Exception e) {
      System.err.println("warning: closing the index: " + e.getMessage());
    }
  }
}
