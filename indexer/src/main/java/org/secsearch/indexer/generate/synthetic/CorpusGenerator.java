package org.secsearch.indexer.generate.synthetic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.secsearch.indexer.generate.ReportWriter;

/**
 * Writes a synthetic corpus of N reports to a folder, in parallel: one task per folder of at most
 * {@value #FILES_PER_FOLDER} files ({@code 000/000/0000042-slug.html}), each report composed from its own
 * random stream so the output does not depend on thread timing. Formats take turns by report number.
 */
public final class CorpusGenerator {
  public static final int FILES_PER_FOLDER = 1000;
  /** Written last into the output folder (hidden, so indexers skip it): the corpus parameters, and proof it is whole. */
  public static final String MANIFEST = ".generated";
  private static final int INDEX_DIGITS = 7;

  /**
   * What to generate.
   *
   * @param docs number of reports (one file each)
   * @param seed corpus seed: same docs, seed and formats give byte-identical files
   * @param out output folder; must be missing or empty
   * @param formats formats the reports take in turn (report i gets formats[i mod size])
   * @param threads worker threads
   */
  public record Options(int docs, long seed, Path out, List<String> formats, int threads) {
    public Options {
      formats = formats.stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).toList();
      if (docs < 1) throw new IllegalArgumentException("--docs must be at least 1");
      if (threads < 1) throw new IllegalArgumentException("--threads must be at least 1");
      if (formats.isEmpty()) throw new IllegalArgumentException("--formats names no format");
      for (String f : formats) {
        if (!ReportWriter.FORMATS.contains(f)) {
          throw new IllegalArgumentException("unknown format '" + f + "'; expected some of " + ReportWriter.FORMATS);
        }
      }
    }
  }

  /** What a run wrote. */
  public record Summary(int files, long bytes, Duration elapsed) {
    public double docsPerSecond() {
      return files / seconds();
    }

    public String line() {
      return String.format(Locale.ROOT, "generated %d files, %.1f MB in %.1f s: %.0f docs/s, %.1f MB/s", files,
          bytes / 1e6, seconds(), docsPerSecond(), bytes / 1e6 / seconds());
    }

    private double seconds() {
      return Math.max(1, elapsed.toMillis()) / 1000.0;
    }
  }

  private final ReportComposer composer;

  public CorpusGenerator(ReportComposer composer) {
    this.composer = composer;
  }

  /** Report {@code index} exactly as {@link #run} writes it (for checks against what was planted). */
  public SyntheticReport report(long seed, int index, List<String> formats) {
    return composer.compose(seed, index, formats.get(index % formats.size()));
  }

  /** Generates the corpus; {@code progress} hears the number of files written after each folder. */
  public Summary run(Options o, IntConsumer progress) throws IOException {
    requireEmpty(o.out());
    long start = System.nanoTime();
    AtomicLong bytes = new AtomicLong();
    AtomicInteger done = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(o.threads());
    try {
      List<Future<?>> tasks = new ArrayList<>();
      for (int first = 0; first < o.docs(); first += FILES_PER_FOLDER) {
        int from = first, to = Math.min(o.docs(), first + FILES_PER_FOLDER);
        tasks.add(pool.submit(() -> {
          bytes.addAndGet(writeFolder(o, from, to));
          progress.accept(done.addAndGet(to - from));
          return null;
        }));
      }
      for (Future<?> task : tasks) {
        await(task);
      }
    } finally {
      pool.shutdownNow();
    }
    Files.writeString(o.out().resolve(MANIFEST), manifest(o), StandardCharsets.UTF_8);
    return new Summary(o.docs(), bytes.get(), Duration.ofNanos(System.nanoTime() - start));
  }

  private long writeFolder(Options o, int from, int to) throws IOException {
    Path folder = o.out().resolve(folderOf(from));
    Files.createDirectories(folder);
    long written = 0;
    for (int i = from; i < to; i++) {
      SyntheticReport r = report(o.seed(), i, o.formats());
      byte[] content = composer.render(r);
      Files.write(folder.resolve(fileName(r)), content);
      written += content.length;
    }
    return written;
  }

  /** Corpus-relative path of a report: {@code 000/000/0000042-slug-of-the-headline.html}. */
  public static String relativePath(SyntheticReport r) {
    return folderOf(r.index()) + "/" + fileName(r);
  }

  private static String folderOf(int index) {
    int folder = index / FILES_PER_FOLDER;
    return pad(folder / 1000, 3) + "/" + pad(folder % 1000, 3);
  }

  private static String fileName(SyntheticReport r) {
    return pad(r.index(), INDEX_DIGITS) + "-" + English.slug(r.title(), 60) + "." + r.format();
  }

  private static String pad(int n, int digits) {
    String s = Integer.toString(n);
    return s.length() >= digits ? s : "0".repeat(digits - s.length()) + s;
  }

  private static String manifest(Options o) {
    return "# written by indexer generate-corpus when the corpus is complete\n"
        + "docs=" + o.docs() + "\nseed=" + o.seed() + "\nformats=" + String.join(",", o.formats()) + "\n";
  }

  private static void requireEmpty(Path out) throws IOException {
    if (Files.isDirectory(out)) {
      try (Stream<Path> entries = Files.list(out)) {
        if (entries.findAny().isPresent()) {
          throw new IllegalArgumentException("output folder is not empty: " + out);
        }
      }
    }
    Files.createDirectories(out);
  }

  private static void await(Future<?> task) throws IOException {
    try {
      task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) throw io;
      if (e.getCause() instanceof UncheckedIOException io) throw io.getCause();
      if (e.getCause() instanceof RuntimeException re) throw re;
      throw new IOException(e.getCause());
    }
  }
}
