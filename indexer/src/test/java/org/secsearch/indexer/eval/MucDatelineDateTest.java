package org.secsearch.indexer.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.secsearch.indexer.enrich.PartialDate;
import org.secsearch.indexer.extract.Extracted;
import org.secsearch.indexer.extract.Sidecar;

/**
 * Document dates on the MUC-3/4 wire copy: for every message whose dateline carries a date
 * ("BOGOTA, 12 JAN 90 (EFE) --"), the enriched document date must be that date. Scored twice: as the indexer
 * stores the XHTML (its DC.date meta tag decides), and from the text alone with all metadata dropped, which is
 * what a plain-text copy of the wire would get and what tests the dateline rule itself. Messages whose dateline
 * says "NO DATE" must not receive a date from the text.
 */
class MucDatelineDateTest {
  /** A message's paragraphs: the first holds its id, the second the dateline. */
  private static final Pattern PARAGRAPH = Pattern.compile("<p>([^<]*)</p>");
  /** "PLACE[ (COUNTRY)], 12 JAN 90 …" or "PLACE, NO DATE …". */
  private static final Pattern DATELINE =
      Pattern.compile("([^,]{1,80}), (?:NO DATE|(\\d{1,2}) ([A-Z]{3})[A-Z]* (\\d{2}))\\b");
  private static final List<String> MONTHS =
      List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");

  /** The score of one set. */
  record Score(String split, int dated, int indexedHits, int textHits, int undated, int undatedClean) {
    double indexedShare() {
      return indexedHits / (double) dated;
    }

    double textShare() {
      return textHits / (double) dated;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "MUC %-4s dateline date: as indexed %d/%d = %.3f, text only %d/%d = %.3f;"
              + " NO DATE datelines left undated (text only) %d/%d",
          split, indexedHits, dated, indexedShare(), textHits, dated, textShare(), undatedClean, undated);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"dev", "tst1", "tst2"})
  void documentDateIsTheDatelineDate(String split) throws IOException {
    Path dir = Path.of(System.getProperty("secsearch.shared", "../shared"), "data", "muc", "xhtml", split);
    Assumptions.assumeTrue(Files.isDirectory(dir), "MUC data absent, skipping: " + dir);
    InProcessEnrichment enrichment = new InProcessEnrichment();
    int dated = 0, indexedHits = 0, textHits = 0, undated = 0, undatedClean = 0;
    List<String> misses = new ArrayList<>();
    for (Path file : files(dir)) {
      Dateline dateline = dateline(Files.readString(file));
      assertThat(dateline).as("dateline of " + file).isNotNull();
      Extracted e = enrichment.extract(file);
      PartialDate indexed = enrichment.enrich(dir, file, e, Sidecar.NONE).date();
      PartialDate textOnly = enrichment.fromTextOnly(dir, file, e).date();
      if (dateline.date() == null) {
        undated++;
        undatedClean += textOnly == null ? 1 : 0;
        if (textOnly != null) misses.add(file.getFileName() + " NO DATE, text gave " + textOnly);
        continue;
      }
      dated++;
      indexedHits += dateline.date().equals(indexed) ? 1 : 0;
      textHits += dateline.date().equals(textOnly) ? 1 : 0;
      if (!dateline.date().equals(indexed) || !dateline.date().equals(textOnly)) {
        misses.add(file.getFileName() + " dateline " + dateline.text() + " = " + dateline.date() + ", indexed "
            + indexed + ", text only " + textOnly);
      }
    }
    Score score = new Score(split.toUpperCase(Locale.ROOT), dated, indexedHits, textHits, undated, undatedClean);
    System.out.println(score);
    Path report = Path.of("target", "muc-date-misses-" + split + ".txt");
    Files.createDirectories(report.getParent());
    Files.write(report, misses);
    assertThat(score.indexedShare()).isGreaterThanOrEqualTo(0.98);
    assertThat(score.textShare()).isGreaterThanOrEqualTo(0.98);
    assertThat(score.undatedClean()).as("NO DATE datelines given a date from the text")
        .isGreaterThanOrEqualTo((int) Math.ceil(0.95 * score.undated()));
  }

  /** A dateline as written, and its date (null for "NO DATE"). */
  record Dateline(String text, PartialDate date) {}

  /** Reads the dateline paragraph of a MUC XHTML file; null when the file has none. */
  static Dateline dateline(String xhtml) {
    Matcher p = PARAGRAPH.matcher(xhtml);
    if (!p.find() || !p.find()) return null;
    Matcher m = DATELINE.matcher(p.group(1));
    if (!m.lookingAt()) return null;
    if (m.group(2) == null) return new Dateline(m.group(), null);
    int yy = Integer.parseInt(m.group(4));
    int year = yy >= 50 ? 1900 + yy : 2000 + yy; // the usual two-digit pivot
    return new Dateline(m.group(), new PartialDate(year, MONTHS.indexOf(m.group(3)) + 1, Integer.parseInt(m.group(2))));
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList();
    }
  }
}
