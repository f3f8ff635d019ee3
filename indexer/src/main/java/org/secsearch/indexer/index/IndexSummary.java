package org.secsearch.indexer.index;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.secsearch.indexer.extract.Status;

/**
 * What an indexing run did: files per status, unchanged and deleted counts, bytes read, elapsed time and
 * how often extraction workers had to be restarted, and where the time went.
 */
public record IndexSummary(
    Map<Status, Integer> counts, int unchanged, int deleted, long bytes, Duration elapsed, int workerRestarts,
    StageTimes.Totals stages) {

  public int processed() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  public int count(Status s) {
    return counts.getOrDefault(s, 0);
  }

  /** The one summary line: counts per status, docs/s, MB/s, elapsed. */
  public String line() {
    double secs = Math.max(elapsed.toMillis(), 1) / 1000.0;
    String perStatus = counts.entrySet().stream().filter(e -> e.getValue() > 0)
        .map(e -> e.getKey().label() + "=" + e.getValue()).collect(Collectors.joining(" "));
    return String.format("done: %s%sunchanged=%d deleted=%d | %.1f docs/s, %.2f MB/s | %.1f s%s",
        perStatus, perStatus.isEmpty() ? "" : " ", unchanged, deleted, processed() / secs,
        bytes / 1e6 / secs, secs, workerRestarts > 0 ? " | worker restarts=" + workerRestarts : "");
  }
}
