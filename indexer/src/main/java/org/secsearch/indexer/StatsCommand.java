package org.secsearch.indexer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.secsearch.indexer.index.IndexStats;
import org.secsearch.indexer.schema.FacetDim;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code stats}: documents, last commit time, size and the top facet values of an index. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Show what an index holds.")
final class StatsCommand implements Callable<Integer> {
  @Option(names = "--index", required = true, description = "Index folder.")
  Path index;

  @Option(names = "--top", description = "Values to show per facet (default: ${DEFAULT-VALUE}).")
  int top = 10;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(index)) {
      System.err.println("error: no index at " + index);
      return IndexerCli.USAGE;
    }
    IndexStats.Stats s = IndexStats.read(index, top);
    System.out.printf("documents: %d%nlast commit: %s%nsize on disk: %.1f MB%n", s.documents(),
        s.lastCommit() == null ? "-" : s.lastCommit(), s.bytesOnDisk() / 1e6);
    for (FacetDim dim : FacetDim.values()) {
      System.out.printf("%s (%s): %d documents%n", dim.label, dim.key, s.dimensionDocs().get(dim.key));
      for (IndexStats.ValueCount v : s.facets().get(dim.key)) {
        System.out.printf("  %6d  %s%n", v.count(), v.value());
      }
    }
    return IndexerCli.OK;
  }
}
