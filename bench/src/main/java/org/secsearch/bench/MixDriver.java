package org.secsearch.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs the query mix against one system the same way for every system: the whole mix {@code warmup} times, then
 * each query {@code reps} times (the mix over and over, so no query runs twice in a row), shared out over
 * {@code clients} threads that each take the next execution as soon as they are free.
 */
public final class MixDriver {
  /** Runs one query on one client; throws when the system fails to answer it properly. */
  public interface Client extends AutoCloseable {
    void run(BenchQuery q) throws Exception;

    @Override
    default void close() throws Exception {}
  }

  /** Makes the client of thread {@code i} (a shared one, or one connection each). */
  public interface Clients {
    Client open(int i) throws Exception;
  }

  /** The exact number of matches of a query in one system. */
  public interface Totals {
    long of(BenchQuery q) throws Exception;
  }

  private final List<BenchQuery> mix;
  private final int warmup;
  private final int reps;

  public MixDriver(List<BenchQuery> mix, int warmup, int reps) {
    if (mix.isEmpty()) throw new IllegalArgumentException("the query mix is empty");
    this.mix = List.copyOf(mix);
    this.warmup = warmup;
    this.reps = reps;
  }

  public int warmup() {
    return warmup;
  }

  public int queries() {
    return mix.size();
  }

  /**
   * A note naming the queries that match nothing in a system (they cost less than the others, so a system where
   * many match nothing is not doing the same work).
   */
  public String emptyNote(Totals totals) throws Exception {
    List<String> empty = new ArrayList<>();
    for (BenchQuery q : mix) {
      if (totals.of(q) == 0) empty.add(q.name());
    }
    return empty.isEmpty() ? "every query matches" : "no matches for " + String.join(", ", empty);
  }

  /** Warms up on the first client, then measures with {@code clients} threads. */
  public Latencies run(Clients factory, int clients) throws Exception {
    List<Client> open = new ArrayList<>();
    try {
      for (int i = 0; i < clients; i++) open.add(factory.open(i));
      for (int w = 0; w < warmup; w++) {
        for (BenchQuery q : mix) open.get(0).run(q);
      }
      return measure(open);
    } finally {
      for (Client c : open) c.close();
    }
  }

  private Latencies measure(List<Client> clients) throws Exception {
    int total = mix.size() * reps;
    long[] nanos = new long[total];
    AtomicInteger next = new AtomicInteger(), errors = new AtomicInteger();
    AtomicReference<String> firstError = new AtomicReference<>();
    ExecutorService pool = Executors.newFixedThreadPool(clients.size());
    long t0 = System.nanoTime();
    try {
      List<Future<?>> running = new ArrayList<>();
      for (Client c : clients) {
        running.add(pool.submit(() -> {
          for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
            BenchQuery q = mix.get(i % mix.size());
            long start = System.nanoTime();
            try {
              c.run(q);
            } catch (Exception e) {
              errors.incrementAndGet();
              firstError.compareAndSet(null, q.name() + ": " + e);
            }
            nanos[i] = System.nanoTime() - start;
          }
          return null;
        }));
      }
      for (Future<?> f : running) f.get();
    } finally {
      pool.shutdownNow();
    }
    return Latencies.of(nanos, mix, errors.get(), firstError.get(), System.nanoTime() - t0);
  }
}
