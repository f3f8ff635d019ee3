package org.secsearch.indexer;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.secsearch.indexer.generate.synthetic.CorpusGenerator;
import org.secsearch.indexer.generate.synthetic.ReportComposer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code generate-corpus}: writes a deterministic synthetic corpus of security reports for benchmarks and tests. */
@Command(name = "generate-corpus", mixinStandardHelpOptions = true,
    description = {"Write a deterministic synthetic corpus of security reports, for benchmarks and tests.",
        "Reports are English prose around a security vocabulary, set in places from the gazetteer and about "
            + "organizations from the authority file (a few dominate, a long tail follows), dated 2010-2024, "
            + "2-20 KB each. HTML reads like a news page, TXT like wire copy.",
        "Same --docs, --seed and --formats give byte-identical files. Files go in nested folders of at most "
            + "1,000 files; formats take turns by report number. Example:",
        "  indexer generate-corpus --docs 10000 --out /tmp/corpus --formats html,txt"})
final class GenerateCorpusCommand implements Callable<Integer> {
  @Option(names = "--docs", required = true, description = "Number of reports (one file each).")
  int docs;

  @Option(names = "--seed", description = "Corpus seed (default: ${DEFAULT-VALUE}).")
  long seed = 1;

  @Option(names = "--out", required = true, description = "Output folder (created; must be empty).")
  Path out;

  @Option(names = "--formats", split = ",", description = "Formats, comma-separated: html, txt, pdf, docx "
      + "(also eml, odt, rtf) (default: html,txt).")
  List<String> formats = List.of("html", "txt");

  @Option(names = "--threads", description = "Writer threads (default: cores).")
  int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

  @Override
  public Integer call() throws Exception {
    CorpusGenerator.Options options;
    try {
      options = new CorpusGenerator.Options(docs, seed, out, formats, threads);
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      return IndexerCli.USAGE;
    }
    long loadStart = System.nanoTime();
    CorpusGenerator generator = new CorpusGenerator(ReportComposer.standard());
    System.out.printf(Locale.ROOT, "generating %d reports (%s, seed %d) into %s with %d threads; model loaded in %.1f s%n",
        docs, String.join(",", options.formats()), seed, out, threads, (System.nanoTime() - loadStart) / 1e9);
    int step = Math.max(CorpusGenerator.FILES_PER_FOLDER, docs / 10 / CorpusGenerator.FILES_PER_FOLDER
        * CorpusGenerator.FILES_PER_FOLDER);
    try {
      CorpusGenerator.Summary s = generator.run(options, written -> {
        if (written % step == 0 && written < docs) System.out.printf("  %d/%d files%n", written, docs);
      });
      System.out.println(s.line());
      return IndexerCli.OK;
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      return IndexerCli.USAGE;
    }
  }
}
