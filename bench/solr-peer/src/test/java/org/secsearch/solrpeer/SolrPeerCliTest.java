package org.secsearch.solrpeer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The command line: the interface's defaults, both option spellings the bench script may use, and bad input. */
class SolrPeerCliTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      --work /w                                  | 3 | 20 | 1000 | false
      --work /w --warmup 1 --reps 5              | 1 | 5  | 1000 | false
      --work=/w --warmup=0 --reps=2 --batch=10   | 0 | 2  | 10   | false
      --repeat 7 --work /w --check               | 3 | 7  | 1000 | true
      """)
  void readsOptions(String line, int warmup, int reps, int batch, boolean check) {
    SolrPeerCli.Options o = SolrPeerCli.Options.parse(line.split(" "));
    assertThat(o).isEqualTo(new SolrPeerCli.Options(Path.of("/w"), warmup, reps, batch, check));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      --reps 5               | --work DIR is required
      --work /w --reps 0     | reps ≥ 1
      --work /w --fast       | unknown option --fast
      --work                 | --work needs a value
      """)
  void rejectsBadCommandLines(String line, String message) {
    assertThatThrownBy(() -> SolrPeerCli.Options.parse(line.split(" "))).hasMessageContaining(message);
  }
}
