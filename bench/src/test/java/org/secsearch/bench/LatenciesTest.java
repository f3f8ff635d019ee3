package org.secsearch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Percentiles by nearest rank over 1..100 ms, and throughput over the wall time. */
class LatenciesTest {
  private static final Latencies HUNDRED = new Latencies(
      LongStream.rangeClosed(1, 100).map(i -> (101 - i) * 1_000_000L).toArray(), 0, null, 2_000_000_000L, Map.of());

  @ParameterizedTest(name = "p{0} = {1} ms")
  @CsvSource({"50, 50", "95, 95", "99, 99", "100, 100", "1, 1", "0.5, 1"})
  void nearestRank(double p, double ms) {
    assertThat(HUNDRED.percentileMillis(p)).isEqualTo(ms);
  }

  @ParameterizedTest(name = "{0} executions in {1} ns = {2} qps")
  @CsvSource({"100, 2000000000, 50", "10, 500000000, 20", "0, 1000000000, 0"})
  void throughput(int n, long wallNanos, double qps) {
    assertThat(new Latencies(new long[n], 0, null, wallNanos, Map.of()).qps()).isEqualTo(qps);
  }

  @Test
  void eachQueryGetsTheMedianOfItsOwnExecutions() {
    List<BenchQuery> mix = List.of(new BenchQuery("a", BenchQuery.Kind.TERM, List.of("x"), List.of()),
        new BenchQuery("b", BenchQuery.Kind.TERM, List.of("y"), List.of()));
    long ms = 1_000_000L;
    Latencies l = Latencies.of(new long[] {1 * ms, 10 * ms, 3 * ms, 30 * ms, 2 * ms, 20 * ms}, mix, 0, null, ms);
    assertThat(l.byQuery()).containsExactly(Map.entry("a", 2.0), Map.entry("b", 20.0));
  }
}
