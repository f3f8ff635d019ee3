package org.secsearch.indexer.index;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import org.secsearch.indexer.enrich.FileStamp;
import org.secsearch.indexer.enrich.Report;
import org.secsearch.indexer.enrich.ReportEnricher;
import org.secsearch.indexer.extract.Extracted;
import org.secsearch.indexer.extract.ExtractorPool;
import org.secsearch.indexer.extract.PlainTextFiles;
import org.secsearch.indexer.extract.Sidecar;
import org.secsearch.indexer.extract.SidecarReader;
import org.secsearch.indexer.extract.Status;
import org.secsearch.indexer.index.CorpusWalker.Candidate;
import org.secsearch.indexer.index.ReportIndexWriter.IndexedFile;
import org.secsearch.indexer.index.StageTimes.Stage;

/**
 * Indexes a corpus folder incrementally: new and changed files are extracted (in isolated workers), enriched
 * and written; unchanged ones skipped; vanished ones deleted. Commits periodically and at the end; a crash
 * loses at most the work since the last commit, which the next run redoes.
 */
public final class CorpusIndexer {
  /**
   * @param corpus the folder of reports
   * @param index the index folder (documents, taxonomy, run report)
   * @param threads indexing threads; twice the extraction workers by default, so that while one thread waits for
   *     its worker another enriches and writes, and no worker sits idle
   * @param rebuild start from an empty index
   * @param commitEvery how often to commit while running
   */
  public record Options(Path corpus, Path index, int threads, boolean rebuild, ExtractorPool.Options extraction,
      Duration commitEvery) {
    public static Options defaults(Path corpus, Path index) {
      int workers = Math.max(1, Runtime.getRuntime().availableProcessors());
      return new Options(corpus, index, 2 * workers, false, ExtractorPool.Options.defaults(workers),
          Duration.ofSeconds(30));
    }

    public Options withRebuild(boolean value) {
      return new Options(corpus, index, threads, value, extraction, commitEvery);
    }

    /** As many indexing threads as extraction workers (no pipelining): for tests that want a fixed order of work. */
    public Options withThreads(int value) {
      return withThreads(value, value);
    }

    /** {@code threads} indexing threads sharing {@code workers} extraction workers (at most one per thread). */
    public Options withThreads(int threads, int workers) {
      if (threads < 1 || workers < 1) throw new IllegalArgumentException("threads and workers must be at least 1");
      return new Options(corpus, index, threads, rebuild, extraction.withWorkers(Math.min(workers, threads)),
          commitEvery);
    }

    public Options withExtraction(ExtractorPool.Options value) {
      return new Options(corpus, index, threads, rebuild, value, commitEvery);
    }

    public Options withCommitEvery(Duration value) {
      return new Options(corpus, index, threads, rebuild, extraction, value);
    }
  }

  private final ReportEnricher enricher;
  private final SidecarReader sidecars = new SidecarReader();

  public CorpusIndexer(ReportEnricher enricher) {
    this.enricher = enricher;
  }

  public IndexSummary run(Options o, ProgressListener progress) throws IOException, InterruptedException {
    long t0 = System.nanoTime(), cpu0 = StageTimes.processCpuNanos();
    StageTimes times = new StageTimes();
    Files.createDirectories(o.index());
    Map<Status, Integer> counts = new ConcurrentHashMap<>();
    Map<String, FileOutcome> report = new ConcurrentHashMap<>();
    int unchanged = 0, deleted = 0, restarts;
    long bytes = 0, workerCpu;
    try (ReportIndexWriter writer = ReportIndexWriter.open(o.index(), o.rebuild());
        ExtractorPool pool = new ExtractorPool(o.extraction().withLog(o.index().resolve("workers.log")))) {
      writer.recordCorpus(o.corpus());
      Map<String, IndexedFile> indexed = o.rebuild() ? Map.of() : writer.indexedFiles();
      Map<String, FileOutcome> previous = o.rebuild() ? Map.of() : RunReport.read(o.index());
      CorpusWalker.Listing listing = CorpusWalker.list(o.corpus(), o.index());
      for (CorpusWalker.Refused r : listing.refused()) {
        report.put(r.path(), FileOutcome.of(r.path(), r.status(), r.reason(), 0, 0));
        counts.merge(r.status(), 1, Integer::sum);
      }
      List<Candidate> todo = new ArrayList<>();
      Set<String> present = indexed.isEmpty() ? Set.of() : new HashSet<>(); // only to find deleted files
      for (Candidate c : listing.candidates()) {
        if (!indexed.isEmpty()) present.add(c.path());
        FileStamp quick = new FileStamp(c.size(), c.mtimeMillis(), null);
        IndexedFile known = indexed.get(c.path());
        FileOutcome prev = previous.get(c.path());
        boolean prevMatches = prev != null && prev.size() == c.size() && prev.mtime() == c.mtimeMillis();
        if (known != null && known.stamp().sameSizeAndTime(quick)) {
          unchanged++;
          if (prevMatches && prev.statusValue() == Status.PARTIAL) report.put(c.path(), prev);
        } else if (known == null && prevMatches && !prev.statusValue().retried() && !prev.statusValue().searchable()) {
          unchanged++; // a deterministic skip (empty, encrypted, junk) of an unchanged file
          report.put(c.path(), prev);
        } else {
          todo.add(c);
          bytes += c.size();
        }
      }
      for (IndexedFile f : indexed.values()) {
        if (!present.contains(f.path())) {
          writer.delete(f.id());
          deleted++;
        }
      }
      progress.started(todo.size(), bytes, unchanged);
      runAll(o, todo, indexed.keySet(), writer, pool, counts, report, progress, times);
      times.time(Stage.COMMIT, () -> {
        writer.commit();
        return null;
      });
      restarts = pool.restarts();
      workerCpu = pool.cpuNanos();
    }
    RunReport.write(o.index(), report.values());
    Map<Status, Integer> byStatus = new EnumMap<>(Status.class);
    byStatus.putAll(counts);
    IndexSummary summary = new IndexSummary(byStatus, unchanged, deleted, bytes,
        Duration.ofNanos(System.nanoTime() - t0), restarts,
        times.totals(StageTimes.processCpuNanos() - cpu0, workerCpu));
    progress.finished(summary);
    return summary;
  }

  private void runAll(Options o, List<Candidate> todo, Set<String> inIndex, ReportIndexWriter writer, ExtractorPool pool,
      Map<Status, Integer> counts, Map<String, FileOutcome> report, ProgressListener progress, StageTimes times)
      throws IOException, InterruptedException {
    ExecutorService workers = Executors.newFixedThreadPool(o.threads());
    ScheduledExecutorService committer = Executors.newSingleThreadScheduledExecutor();
    AtomicReference<IOException> commitFailure = new AtomicReference<>();
    long every = o.commitEvery().toMillis();
    committer.scheduleWithFixedDelay(() -> {
      try {
        times.time(Stage.COMMIT, () -> {
          writer.commit();
          return null;
        });
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt(); // the run is ending
      } catch (IOException | RuntimeException e) {
        commitFailure.compareAndSet(null, e instanceof IOException io ? io : new IOException(e));
      }
    }, every, every, TimeUnit.MILLISECONDS);
    try {
      // Each indexing thread takes the next file from the list until none is left or the run fails: no task object
      // waits in a queue per file (a million queued tasks held a fifth of the heap, and the collector paid for it).
      AtomicInteger next = new AtomicInteger();
      AtomicBoolean failed = new AtomicBoolean();
      List<Future<?>> loops = new ArrayList<>();
      for (int t = 0; t < o.threads(); t++) {
        loops.add(workers.submit(() -> {
          boolean finished = false;
          try {
            int from;
            while (!failed.get() && commitFailure.get() == null && (from = next.getAndAdd(BATCH)) < todo.size()) {
              List<Candidate> batch = todo.subList(from, Math.min(todo.size(), from + BATCH));
              processBatch(batch, inIndex, writer, pool, report, times, (c, s) -> {
                counts.merge(s, 1, Integer::sum);
                progress.fileDone(c.path(), s, c.size());
              });
            }
            finished = true;
          } finally {
            if (!finished) failed.set(true); // the other threads stop at their next file
          }
          return null;
        }));
      }
      for (Future<?> f : loops) {
        try {
          f.get();
        } catch (ExecutionException e) {
          workers.shutdownNow();
          Throwable cause = e.getCause();
          throw new IOException("indexing stopped: " + cause.getMessage()
              + " (the index keeps its last commit; rerun to finish)", cause);
        }
      }
      if (commitFailure.get() != null) {
        throw new IOException("commit failed: " + commitFailure.get().getMessage()
            + " (the index keeps its last commit; rerun to finish)", commitFailure.get());
      }
    } finally {
      // shutdown(), not shutdownNow(): interrupting a commit in progress would close the IndexWriter (Lucene's
      // NIO channels do not survive an interrupt); a running commit is let finish, later ones are cancelled.
      committer.shutdown();
      committer.awaitTermination(10, TimeUnit.MINUTES);
      workers.shutdownNow();
    }
  }

  /** Files an indexing thread takes at a time (see {@link #processBatch}). */
  static final int BATCH = 16;
  /** Extracted characters a thread holds before it enriches and writes them: bounds the memory a batch of big files takes. */
  static final int BATCH_CHARS = 1 << 20;

  /**
   * Extracts a batch of files, enriches them back to back, then writes them, telling {@code done} each file's
   * status (a file that vanished meanwhile is deleted from the index and not told). Enriching reports in a row
   * keeps the taggers' tables (gazetteer, aliases) in the processor's cache, which Lucene's indexing between two
   * reports would otherwise empty. Files past {@link #BATCH_CHARS} of text are enriched and written before the
   * rest are extracted. A file the index does not hold yet (not in {@code inIndex}) is added without looking for a
   * document to replace.
   */
  private void processBatch(List<Candidate> batch, Set<String> inIndex, ReportIndexWriter writer, ExtractorPool pool,
      Map<String, FileOutcome> report, StageTimes times, BiConsumer<Candidate, Status> done)
      throws IOException, InterruptedException {
    List<Extraction> pending = new ArrayList<>(batch.size());
    long chars = 0;
    for (Candidate c : batch) {
      Extraction e = extract(c, writer, pool, times);
      if (e == null) continue;
      pending.add(e);
      chars += e.extracted().text().length();
      if (chars >= BATCH_CHARS) {
        enrichAndWrite(pending, inIndex, writer, report, times, done);
        pending.clear();
        chars = 0;
      }
    }
    enrichAndWrite(pending, inIndex, writer, report, times, done);
  }

  private void enrichAndWrite(List<Extraction> extracted, Set<String> inIndex, ReportIndexWriter writer,
      Map<String, FileOutcome> report, StageTimes times, BiConsumer<Candidate, Status> done)
      throws IOException, InterruptedException {
    Report[] reports = new Report[extracted.size()];
    for (int i = 0; i < reports.length; i++) {
      Extraction x = extracted.get(i);
      reports[i] = times.time(Stage.ENRICH, () -> enricher.enrich(x.id(), x.file().path(), x.extracted(),
          x.sidecar(), x.stamp()));
    }
    for (int i = 0; i < reports.length; i++) {
      Extraction x = extracted.get(i);
      Report r = reports[i];
      boolean known = inIndex.contains(x.file().path());
      times.time(Stage.INDEX, () -> {
        if (r.status().searchable() && known) {
          writer.put(r, System.currentTimeMillis());
        } else if (r.status().searchable()) {
          writer.add(r, System.currentTimeMillis());
        } else if (known) {
          writer.delete(x.id()); // it was indexed while it was still readable
        }
        return null;
      });
      if (r.status() != Status.INDEXED) {
        report.put(x.file().path(), FileOutcome.of(x.file().path(), r.status(), r.reason(), x.stamp().size(),
            x.stamp().mtimeMillis()));
      }
      done.accept(x.file(), r.status());
    }
  }

  /** A file read and extracted, with its sidecar: what enriching it needs. */
  private record Extraction(Candidate file, String id, FileStamp stamp, Extracted extracted, Sidecar sidecar) {}

  /** Reads and extracts one file; null (and its document deleted) if it vanished meanwhile. */
  private Extraction extract(Candidate c, ReportIndexWriter writer, ExtractorPool pool, StageTimes times)
      throws IOException, InterruptedException {
    String id = DocumentIds.of(c.path());
    try {
      FileStamp stamp = null;
      Extracted e = null;
      // A file that changes while it is parsed (still being written) is read again, up to three times.
      for (int attempt = 0; attempt < 3; attempt++) {
        FileRead read = times.time(Stage.READ, () -> read(c.file()));
        stamp = read.stamp();
        e = times.time(Stage.EXTRACT, () -> pool.extract(c.file(), read.textBytes()));
        BasicFileAttributes after = Files.readAttributes(c.file(), BasicFileAttributes.class);
        if (after.size() == stamp.size() && after.lastModifiedTime().toMillis() == stamp.mtimeMillis()) break;
      }
      // The sidecar is a file read beside the report (its lookup costs file-system calls): reading, not enriching.
      Sidecar sidecar = times.time(Stage.READ, () -> sidecars.forFile(c.file()));
      return new Extraction(c, id, stamp, e, sidecar);
    } catch (NoSuchFileException gone) {
      writer.delete(id);
      return null;
    }
  }

  /** What reading a file gave: its stamp, and its bytes when it is a small text file (else null). */
  record FileRead(FileStamp stamp, byte[] textBytes) {}

  /** Text files up to this size are read into memory once, for the hash and for decoding without a worker. */
  private static final long TEXT_IN_HAND_BYTES = 4 << 20;

  /** Size, mtime and SHA-256 of the content; a small text file's bytes are kept for decoding. */
  static FileRead read(Path file) throws IOException {
    BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    byte[] bytes = null;
    if (a.size() <= TEXT_IN_HAND_BYTES && PlainTextFiles.isTextName(file.getFileName().toString())) {
      bytes = Files.readAllBytes(file);
      sha.update(bytes);
    } else {
      try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
        in.transferTo(java.io.OutputStream.nullOutputStream());
      }
    }
    FileStamp stamp = new FileStamp(bytes != null ? bytes.length : a.size(), a.lastModifiedTime().toMillis(),
        java.util.HexFormat.of().formatHex(sha.digest()));
    return new FileRead(stamp, bytes);
  }
}
