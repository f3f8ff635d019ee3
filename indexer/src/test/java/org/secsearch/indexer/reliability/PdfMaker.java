package org.secsearch.indexer.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Builds test PDFs with PDFBox: text pages, blank pages, password-protected, truncated and junk-headed files. */
final class PdfMaker {
  private PdfMaker() {}

  /** One page per entry of {@code pages}, each line of a page shown as a text line. */
  static byte[] text(List<String> pages) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      addPages(doc, pages);
      return save(doc);
    }
  }

  /** A PDF with a page that carries no text at all. */
  static byte[] blank() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      return save(doc);
    }
  }

  /**
   * AES-256 encrypted text PDF. With an empty {@code userPassword} anyone may open it (only the owner's
   * permissions are protected), which is how many published PDFs are "encrypted".
   */
  static byte[] encrypted(List<String> pages, String ownerPassword, String userPassword) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      addPages(doc, pages);
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy(ownerPassword, userPassword, new AccessPermission());
      policy.setEncryptionKeyLength(256);
      doc.protect(policy);
      return save(doc);
    }
  }

  /** The first {@code percent} % of a file's bytes, as an interrupted download leaves it. */
  static byte[] truncated(byte[] whole, int percent) {
    return Arrays.copyOf(whole, whole.length * percent / 100);
  }

  /** A PDF header followed by random bytes: detected as PDF by its magic, but nothing in it parses. */
  static byte[] junkAfterHeader(long seed, int size) {
    byte[] header = "%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    byte[] out = new byte[header.length + size];
    byte[] noise = new byte[size];
    new Random(seed).nextBytes(noise);
    System.arraycopy(header, 0, out, 0, header.length);
    System.arraycopy(noise, 0, out, header.length, size);
    return out;
  }

  private static void addPages(PDDocument doc, List<String> pages) throws IOException {
    PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    for (String page : pages) {
      PDPage p = new PDPage();
      doc.addPage(p);
      try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
        cs.beginText();
        cs.setFont(font, 11);
        cs.setLeading(14);
        cs.newLineAtOffset(50, 740);
        for (String line : page.split("\n")) {
          cs.showText(line);
          cs.newLine();
        }
        cs.endText();
      }
    }
  }

  private static byte[] save(PDDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    return out.toByteArray();
  }
}
