package org.secsearch.indexer.reliability;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes the bad-input catalogue (shared/notes/reliability.md §2) into a corpus folder, next to one good file
 * per format. Every generated file is seeded, so a failure reproduces byte for byte. Each good or readable file
 * carries a marker word of its own ({@link #marker}) that a search must find.
 */
final class BadCorpusWriter {
  /** Bytes of the big text file: about ten times the default 5 M character limit. */
  static final int BIG_TEXT_BYTES = 50 * 1000 * 1000;
  /** Russian words a search must find in the CP1251 and the UTF-16LE files ("leak", "Makhachkala"). */
  static final String RUSSIAN_CP1251 = "утечка", RUSSIAN_UTF16 = "махачкале";

  private final Path root;
  private final Random rnd = new Random(42);

  BadCorpusWriter(Path root) {
    this.root = root;
  }

  /** The word only the named file contains, e.g. {@code markergoodpdf} for "good.pdf". */
  static String marker(String fileName) {
    return "marker" + fileName.replaceAll("[^A-Za-z0-9]", "").toLowerCase(java.util.Locale.ROOT);
  }

  void goodFiles() throws IOException {
    write("good/good.txt", utf8(prose("good.txt")));
    write("good/good.html", utf8("<html><head><title>Good page</title></head><body><p>" + prose("good.html")
        + "</p></body></html>"));
    write("good/good.pdf", PdfMaker.text(List.of(prose("good.pdf").substring(0, 60), marker("good.pdf"))));
    write("good/good.docx", OfficeMaker.docx(OfficeMaker.documentXml(null, OfficeMaker.paragraph(prose("good.docx")))));
    write("good/good.odt", OfficeMaker.odt(null, "<text:p>" + prose("good.odt") + "</text:p>"));
  }

  void pdfs() throws IOException {
    List<String> pages = List.of("Report page one " + marker("page"), "Page two", "Page three", "Page four");
    write("pdf/truncated.pdf", PdfMaker.truncated(PdfMaker.text(pages), 60));
    write("pdf/junk-header.pdf", PdfMaker.junkAfterHeader(42, 200_000));
    write("pdf/user-password.pdf", PdfMaker.encrypted(List.of(marker("user-password.pdf")), "owner-pw", "user-pw"));
    write("pdf/owner-password-only.pdf",
        PdfMaker.encrypted(List.of("Readable " + marker("owner-password-only.pdf")), "owner-pw", ""));
    write("pdf/blank.pdf", PdfMaker.blank());
  }

  /** Office files; {@code secret} is a file outside the corpus that the XXE file tries to pull in. */
  void officeFiles(Path secret) throws IOException {
    byte[] docx = OfficeMaker.docx(OfficeMaker.documentXml(null, OfficeMaker.paragraph(prose("truncated.docx"))));
    write("docx/truncated.docx", PdfMaker.truncated(docx, 50));
    OfficeMaker.zipBombDocx(resolve("docx/zip-bomb.docx"), 500);
    write("docx/billion-laughs.docx", OfficeMaker.docx(OfficeMaker.documentXml(
        OfficeMaker.billionLaughsDoctype("w:document"), OfficeMaker.paragraph("&lol9;"))));
    write("odt/billion-laughs.odt", OfficeMaker.odt(OfficeMaker.billionLaughsDoctype("office:document-content"),
        "<text:p>&lol9;</text:p>"));
    String xxe = OfficeMaker.externalEntityDoctype("w:document",
        Map.of("secret", secret.toUri().toString(), "host", "file:///etc/hostname"));
    write("docx/xxe.docx", OfficeMaker.docx(OfficeMaker.documentXml(xxe,
        OfficeMaker.paragraph("Safe text " + marker("xxe.docx") + " then &secret; and &host; end."))));
    String odtXxe = OfficeMaker.externalEntityDoctype("office:document-content",
        Map.of("secret", secret.toUri().toString(), "host", "file:///etc/hostname"));
    write("odt/xxe.odt", OfficeMaker.odt(odtXxe,
        "<text:p>Safe text " + marker("xxe.odt") + " then &secret; and &host; end.</text:p>"));
    write("docx/nested-zip-30.docx", OfficeMaker.docxWithEmbeddedZip("Carrier " + marker("nested-zip-30.docx"),
        OfficeMaker.nestedZip(30, "Innermost " + marker("innermost"))));
  }

  /**
   * The big text: prose with {@code early} placed just before the character limit and {@code late} just after
   * it, so a search proves where the cut fell.
   */
  void bigText(int charLimit, String early, String late) throws IOException {
    Path f = resolve("txt/big-50mb.txt");
    long written = 0;
    boolean earlyDone = false, lateDone = false;
    try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.US_ASCII)) {
      while (written < BIG_TEXT_BYTES) {
        String chunk = ProseGenerator.text(rnd, 200).replace('\n', ' ') + "\n";
        if (!earlyDone && written + chunk.length() > charLimit - 100_000) {
          chunk = early + " " + chunk;
          earlyDone = true;
        } else if (!lateDone && written > charLimit + 100_000) {
          chunk = late + " " + chunk;
          lateDone = true;
        }
        w.write(chunk);
        written += chunk.length();
      }
    }
  }

  void nestingAndNoise() throws IOException {
    write("html/deep-divs.html", utf8("<html><body>" + "<div>".repeat(200_000) + marker("deep-divs.html")
        + "</div>".repeat(200_000) + "</body></html>"));
    write("rtf/deep-braces.rtf", utf8("{\\rtf1\\ansi " + "{".repeat(100_000) + marker("deep-braces.rtf")
        + "}".repeat(100_000) + "}"));
    byte[] noise = new byte[100_000];
    rnd.nextBytes(noise);
    write("txt/random-bytes.txt", noise);
    write("txt/empty.txt", new byte[0]);
  }

  void encodings() throws IOException {
    String ru = "Утечка информации из Комитета национальной безопасности. Сотрудники полиции задержали "
        + "подозреваемых. " + marker("cp1251.txt") + "\n";
    write("txt/cp1251.txt", ru.repeat(5).getBytes(Charset.forName("windows-1251")));
    String ru16 = "Взрыв в Махачкале, Дагестан. Explosion in Makhachkala. " + marker("utf16le.txt") + "\n";
    write("txt/utf16le.txt", ru16.repeat(5).getBytes(StandardCharsets.UTF_16LE));
    String subject = "=?x-unknown-charset?B?" + Base64.getEncoder().encodeToString(utf8("Subject words")) + "?=";
    write("eml/unknown-charset.eml", utf8("From: desk@example.org\r\nTo: analyst@example.org\r\n"
        + "Subject: " + subject + "\r\nDate: Tue, 12 Jul 2011 10:00:00 +0000\r\nMIME-Version: 1.0\r\n"
        + "Content-Type: text/plain; charset=x-unknown-charset\r\n\r\n" + "Body of the message, "
        + marker("unknown-charset.eml") + ", about a raid near Nalchik.\r\n"));
  }

  /** A link loop, a link to a folder outside the corpus and a link to a file outside it. */
  void links(Path outsideFile) throws IOException {
    Path dir = Files.createDirectories(root.resolve("links"));
    Files.createSymbolicLink(dir.resolve("loop"), dir);
    Files.createSymbolicLink(dir.resolve("etc"), Path.of("/etc"));
    Files.createSymbolicLink(dir.resolve("outside.txt"), outsideFile);
  }

  String prose(String fileName) {
    return ProseGenerator.text(rnd, 120) + " " + marker(fileName) + ".";
  }

  Path resolve(String rel) throws IOException {
    Path f = root.resolve(rel);
    Files.createDirectories(f.getParent());
    return f;
  }

  private void write(String rel, byte[] bytes) throws IOException {
    Files.write(resolve(rel), bytes);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
