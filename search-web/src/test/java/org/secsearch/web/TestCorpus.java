package org.secsearch.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.secsearch.indexer.enrich.FileStamp;
import org.secsearch.indexer.enrich.PartialDate;
import org.secsearch.indexer.enrich.Report;
import org.secsearch.indexer.extract.Status;
import org.secsearch.indexer.index.DocumentIds;
import org.secsearch.indexer.index.ReportIndexWriter;
import org.secsearch.web.search.EquivalentNames;
import org.secsearch.web.search.SearchService;

/**
 * A small, fully known index for tests: hand-made reports with exact facet values (the taggers are not involved),
 * written by the real {@link ReportIndexWriter}, plus their files in a corpus folder for download tests.
 */
public final class TestCorpus {
  /** Searching "bulletin" finds exactly this many filler reports (three pages of 20). */
  public static final int BULLETINS = 45;
  public static final String AKTOBE_ATTACK = "aktobe-attack.txt";
  public static final String SCRIPT_TITLE = "<script>alert('title')</script> Weekly review";

  /** Twelve organizations spread over the bulletins, so the organization facet is a long list. */
  public static final List<String> CELLS = List.of("Alpha Group", "Bravo Group", "Charlie Group", "Delta Group",
      "Echo Group", "Foxtrot Group", "Golf Group", "Hotel Group", "India Group", "Juliett Group", "Lima Group",
      "Mike Group");

  private TestCorpus() {}

  public static Report report(String path, String title, String text, PartialDate date, List<String> regions,
      List<String> orgs, String publication) {
    return new Report(DocumentIds.of(path), path, Status.INDEXED, null, title, publication, null, null, null,
        date, date == null ? null : "meta:test", null, regions, List.of(), orgs, List.of(), List.of(), "en",
        "text/plain", text, new FileStamp(text.length(), 1, "h"), Map.of());
  }

  public static List<Report> reports() {
    List<Report> r = new ArrayList<>();
    r.add(report(AKTOBE_ATTACK, "Gunmen attack police station in Aktobe",
        "On 17 May 2011 a suicide bomber struck the building of the National Security Committee in Aktobe. "
            + "Officials blamed militants trained by the Islamic Movement of Uzbekistan. The attack in Aktobe "
            + "was the first of its kind in western Kazakhstan.",
        new PartialDate(2011, 5, 17), List.of("Kazakhstan/Aktobe Region/Aktobe"),
        List.of("Islamic Movement of Uzbekistan"), "Terrorism Monitor"));
    r.add(report("imu-statement.txt", "Militant group issues statement",
        "The IMU released a video claiming responsibility for raids along the border. Analysts doubt the claim.",
        new PartialDate(2010, 8, 0), List.of("Uzbekistan/Fergana Region"),
        List.of("Islamic Movement of Uzbekistan"), "Eurasia Daily Monitor"));
    r.add(report("aqtobe-court.txt", "Court hearing in western Kazakhstan",
        "A court in Aqtobe sentenced eleven men for plotting attacks. Prosecutors cited online sermons.",
        new PartialDate(2012, 2, 3), List.of("Kazakhstan/Aktobe Region"), List.of(), "Terrorism Monitor"));
    r.add(report("karaganda.txt", "Jund al-Khilafah claims Karaganda blast",
        "Jund al-Khilafah claimed an explosion in Karaganda. Police said the security situation remained calm.",
        new PartialDate(2011, 11, 12), List.of("Kazakhstan/Karaganda Region"), List.of("Jund al-Khilafah"),
        "Terrorism Monitor"));
    r.add(report("dagestan.txt", "Insurgency in Dagestan",
        "The Caucasus Emirate continued its insurgency in Dagestan, with attacks on police in Makhachkala.",
        new PartialDate(2012, 3, 1), List.of("Russia/Dagestan/Makhachkala"), List.of("Caucasus Emirate"),
        "Eurasia Daily Monitor"));
    r.add(report("script.txt", SCRIPT_TITLE,
        "Raw markup must stay text: <b>bold</b> & \"quotes\" <img src=x onerror=alert(1)> in the body.",
        new PartialDate(2013, 1, 1), List.of(), List.of(), "Weekly <i>Review</i>"));
    r.add(report("undated.txt", "", "An undated memo about border security and smuggling routes.", null,
        List.of(), List.of(), null));
    for (int i = 1; i <= BULLETINS; i++) {
      r.add(report(String.format("bulletins/bulletin-%02d.txt", i), "Security bulletin " + i,
          "Bulletin number " + i + " lists incidents reported by regional security services.",
          new PartialDate(2014, 1 + i % 12, 1 + i % 28), List.of(i % 2 == 0 ? "Tajikistan" : "Kyrgyzstan"),
          List.of(CELLS.get(i % CELLS.size())), "Regional Bulletin"));
    }
    return r;
  }

  /** Builds the test index and corpus under {@code dir} and opens a service over them. */
  public static SearchService service(Path dir) throws IOException {
    build(dir.resolve("index"), dir.resolve("corpus"));
    return new SearchService(dir.resolve("index"), dir.resolve("corpus"), EquivalentNames.standard(), 60_000);
  }

  /** Writes every report into a fresh index at {@code indexDir}, and its text as a file under {@code corpus}. */
  public static void build(Path indexDir, Path corpus) throws IOException {
    write(indexDir, corpus, reports());
  }

  public static void write(Path indexDir, Path corpus, List<Report> reports) throws IOException {
    try (ReportIndexWriter w = ReportIndexWriter.open(indexDir, false)) {
      if (corpus != null) w.recordCorpus(corpus); // as the indexer does
      for (Report report : reports) {
        w.put(report, 1_700_000_000_000L);
        if (corpus != null) {
          Path file = corpus.resolve(report.path());
          Files.createDirectories(file.getParent());
          Files.writeString(file, report.text());
        }
      }
      w.commit();
    }
  }
}
