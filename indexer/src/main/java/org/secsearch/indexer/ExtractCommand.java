package org.secsearch.indexer;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.secsearch.indexer.enrich.FileStamp;
import org.secsearch.indexer.enrich.PartialDate;
import org.secsearch.indexer.enrich.Report;
import org.secsearch.indexer.enrich.ReportEnricher;
import org.secsearch.indexer.enrich.StandardFacetFinder;
import org.secsearch.indexer.enrich.Tag;
import org.secsearch.indexer.extract.Extracted;
import org.secsearch.indexer.extract.ExtractorPool;
import org.secsearch.indexer.extract.SidecarReader;
import org.secsearch.indexer.index.CorpusWalker;
import org.secsearch.indexer.index.DocumentIds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code extract}: runs extraction and enrichment without indexing and prints one JSON object per document —
 * how a user checks why a report carries a tag, and how extraction is evaluated. {@code --explain} prints
 * each facet value with the text that produced it instead.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Print what the indexer would extract from files or folders, one JSON object per line.")
final class ExtractCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders.")
  List<Path> paths;

  @Option(names = "--explain", description = "Show each facet value with the text span(s) that produced it.")
  boolean explain;

  @Mixin IndexerCli.ExtractionOptions extraction = new IndexerCli.ExtractionOptions();

  @Override
  public Integer call() throws Exception {
    List<Path[]> files = new ArrayList<>(); // {root, file}
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        for (CorpusWalker.Candidate c : CorpusWalker.list(p, null).candidates()) files.add(new Path[] {p, c.file()});
      } else if (Files.isRegularFile(p)) {
        files.add(new Path[] {p.toAbsolutePath().getParent(), p.toAbsolutePath()});
      } else {
        System.err.println("error: no such file or folder: " + p);
        return IndexerCli.USAGE;
      }
    }
    ReportEnricher enricher = new ReportEnricher(StandardFacetFinder.get());
    SidecarReader sidecars = new SidecarReader();
    PrintStream out = System.out;
    try (ExtractorPool pool = new ExtractorPool(extraction.toOptions().withWorkers(
        Math.min(extraction.workers, Math.max(1, files.size()))))) {
      ExecutorService exec = Executors.newFixedThreadPool(extraction.threads());
      List<Future<Report>> results = new ArrayList<>();
      for (Path[] f : files) {
        results.add(exec.submit(() -> {
          Path root = f[0].toRealPath();
          Path file = f[1].toRealPath();
          String rel = DocumentIds.relativePath(root, file);
          Extracted e = pool.extract(file);
          FileStamp stamp = new FileStamp(Files.size(file), Files.getLastModifiedTime(file).toMillis(), null);
          return enricher.enrich(DocumentIds.of(rel), rel, e, sidecars.forFile(file), stamp);
        }));
      }
      for (Future<Report> r : results) {
        Report report = r.get();
        out.println(explain ? explanation(report) : JSON.writeValueAsString(json(report)));
      }
      exec.shutdown();
    }
    return IndexerCli.OK;
  }

  static Map<String, Object> json(Report r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("path", r.path());
    m.put("id", r.id());
    m.put("status", r.status().label());
    if (r.reason() != null) m.put("reason", r.reason());
    m.put("title", r.title());
    m.put("publication", r.publication());
    m.put("volume", r.volume());
    m.put("issue", r.issue());
    m.put("author", r.author());
    m.put("date", r.date() == null ? null : r.date().iso());
    m.put("date_source", r.dateSource());
    m.put("url", r.url());
    m.put("regions", r.regions());
    m.put("incident_regions", r.incidentRegions());
    m.put("organizations", r.organizations());
    m.put("sources", r.sources());
    m.put("event_dates", r.eventDates().stream().map(PartialDate::iso).toList());
    m.put("language", r.language());
    m.put("content_type", r.contentType());
    m.put("chars", r.text().length());
    return m;
  }

  /** Human-readable: every value with a quote of its evidence in context. */
  static String explanation(Report r) {
    StringBuilder sb = new StringBuilder();
    sb.append("== ").append(r.path()).append("  [").append(r.status().label()).append("] ")
        .append(r.title() == null ? "" : r.title()).append('\n');
    sb.append("   date: ").append(r.date() == null ? "-" : r.date().iso())
        .append(r.dateSource() == null ? "" : "  (from " + r.dateSource() + ")").append('\n');
    sb.append("   publication: ").append(r.publication() == null ? "-" : r.publication())
        .append("  volume: ").append(r.volume() == null ? "-" : r.volume())
        .append("  issue: ").append(r.issue() == null ? "-" : r.issue()).append('\n');
    r.evidence().forEach((field, tags) -> {
      if (tags.isEmpty()) return;
      sb.append("   ").append(field).append(":\n");
      Map<String, List<Tag>> byValue = new LinkedHashMap<>();
      for (Tag t : tags) byValue.computeIfAbsent(t.value(), k -> new ArrayList<>()).add(t);
      byValue.forEach((value, spans) -> {
        sb.append("     ").append(value).append('\n');
        for (Tag t : spans.subList(0, Math.min(spans.size(), 5))) {
          sb.append("        ← \"").append(context(r.text(), t)).append("\" @").append(t.start())
              .append(" (").append(t.rule()).append(")\n");
        }
        if (spans.size() > 5) sb.append("        … ").append(spans.size() - 5).append(" more\n");
      });
    });
    return sb.toString();
  }

  private static String context(String text, Tag t) {
    int s = Math.max(0, Math.min(t.start(), text.length()));
    int e = Math.max(s, Math.min(t.end(), text.length()));
    int from = Math.max(0, s - 30), to = Math.min(text.length(), e + 30);
    return (from > 0 ? "…" : "") + text.substring(from, s).replace('\n', ' ') + "[" + text.substring(s, e)
        + "]" + text.substring(e, to).replace('\n', ' ') + (to < text.length() ? "…" : "");
  }
}
