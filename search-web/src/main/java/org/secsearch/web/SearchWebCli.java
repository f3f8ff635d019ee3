package org.secsearch.web;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * search-web's command line: {@code serve} indexes a corpus if asked, then serves the search pages;
 * {@code hash-password} makes a line of the users file that {@code serve --users} reads.
 */
@Command(name = "search-web", mixinStandardHelpOptions = true, version = "secsearch search-web 0.1",
    description = "Serves a secsearch index in the browser and as a JSON API.",
    subcommands = {ServeCommand.class, HashPasswordCommand.class})
public final class SearchWebCli implements Callable<Integer> {
  static final int OK = 0, FAILED = 1, USAGE = 2;

  /** Held so the setting survives: JUL keeps loggers weakly. */
  private static final java.util.logging.Logger LUCENE_VECTOR_LOG =
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  public static void main(String[] args) {
    // Lucene suggests the incubating Vector API at every start; it only speeds up vector search, unused here.
    LUCENE_VECTOR_LOG.setLevel(java.util.logging.Level.SEVERE);
    int code = commandLine().execute(args);
    if (code != OK) System.exit(code); // on success the server keeps running until interrupted
  }

  static CommandLine commandLine() {
    return new CommandLine(new SearchWebCli()).setExecutionExceptionHandler((e, cmd, parsed) -> {
      cmd.getErr().println("error: " + e.getMessage());
      return FAILED;
    });
  }

  @Override
  public Integer call() {
    CommandLine.usage(this, System.out);
    return USAGE;
  }
}
