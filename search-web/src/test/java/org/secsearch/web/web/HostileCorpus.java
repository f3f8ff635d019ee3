package org.secsearch.web.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.secsearch.indexer.enrich.FileStamp;
import org.secsearch.indexer.enrich.PartialDate;
import org.secsearch.indexer.enrich.Report;
import org.secsearch.indexer.extract.Status;
import org.secsearch.indexer.index.DocumentIds;
import org.secsearch.web.TestCorpus;
import org.secsearch.web.search.EquivalentNames;
import org.secsearch.web.search.SearchService;

/**
 * An index of reports written by an attacker: markup in every stored field (text, title, file name, publication,
 * author, facet values), spreadsheet formulas in the cells a CSV export holds, and stored paths that lead out of the
 * corpus (a {@code ../} path and a symlink), next to a secret file that must never be served.
 */
final class HostileCorpus {
  /** Every hostile report contains this word, so one search finds them all. */
  static final String WORD = "zyxwvu";
  static final String SECRET = "TOP-SECRET-0f3a9c: this file lies outside the corpus";
  static final String XSS_FILE = "xss/\"><img src=x onerror=alert(3)>.txt";
  static final String XSS_TITLE = "</title><script>alert(2)</script>";
  static final String XSS_TEXT = WORD + " <script>alert(1)</script> \"><img src=x onerror=alert(1)> "
      + "<a href=\"javascript:alert(1)\">click</a> ]]></summary><script>alert(11)</script> end";
  static final String XSS_ORG = "<img src=x onerror=alert(4)> Front '\"";
  static final String XSS_REGION = "Kazakhstan/\"><svg onload=alert(5)>";
  static final String XSS_SOURCE = "<script>alert(10)</script>";
  static final String XSS_PUBLICATION = "<svg onload=alert(6)>";
  static final String FORMULA_FILE = "formula.txt";
  static final String DOTDOT_FILE = "../secret.txt";
  static final String SYMLINK_FILE = "link-to-secret.txt";

  private HostileCorpus() {}

  /** Builds index, corpus and the secret beside the corpus under {@code dir}, and opens a service over them. */
  static SearchService service(Path dir) throws IOException {
    Path corpus = dir.resolve("corpus");
    TestCorpus.write(dir.resolve("index"), corpus, reports());
    Files.writeString(dir.resolve("secret.txt"), SECRET); // overwrites what the ../ report wrote there
    Files.delete(corpus.resolve(SYMLINK_FILE));
    Files.createSymbolicLink(corpus.resolve(SYMLINK_FILE), dir.resolve("secret.txt"));
    return new SearchService(dir.resolve("index"), corpus, EquivalentNames.standard(), 60_000);
  }

  static String id(String path) {
    return DocumentIds.of(path);
  }

  private static List<Report> reports() {
    PartialDate date = new PartialDate(2015, 6, 1);
    return List.of(
        new Report(id(XSS_FILE), XSS_FILE, Status.INDEXED, null, XSS_TITLE, XSS_PUBLICATION, "<b>v</b>",
            "\"><i>", "\"><script>alert(7)</script>", date, "</textarea><script>alert(8)</script>",
            "javascript:alert(9)", List.of(XSS_REGION), List.of(), List.of(XSS_ORG), List.of(XSS_SOURCE),
            List.of(), "<en>", "text/plain", XSS_TEXT, new FileStamp(XSS_TEXT.length(), 1, "h"), Map.of()),
        TestCorpus.report(FORMULA_FILE, "=HYPERLINK(\"http://evil.example/\",\"x\")",
            WORD + " a report whose metadata are spreadsheet formulas", date, List.of("@SUM(A1:A9)"),
            List.of("-2+3+cmd|' /C calc'!A0", "\tTabbed Group", "\r=1+1"), "+1+1"),
        TestCorpus.report(DOTDOT_FILE, "Stored path leading out of the corpus", WORD + " dot dot", date,
            List.of(), List.of(), null),
        TestCorpus.report(SYMLINK_FILE, "Symlink leading out of the corpus", WORD + " symlink", date,
            List.of(), List.of(), null));
  }
}
