package org.secsearch.indexer.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Writes a report as a text PDF with PDFBox: Helvetica, word-wrapped across as many A4 pages as it needs. */
final class PdfWriter implements FormatWriter {
  private static final float MARGIN = 72;
  private static final float TITLE_SIZE = 16;
  private static final float BODY_SIZE = 11;
  private static final float PARAGRAPH_GAP = 8;

  @Override
  public void write(SampleReport r, OutputStream out) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      Layout layout = new Layout(doc);
      PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
      PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      layout.paragraph(WinAnsiText.sanitize(r.title()), bold, TITLE_SIZE);
      for (String block : r.bodyBlocks()) {
        layout.paragraph(WinAnsiText.sanitize(block), regular, BODY_SIZE);
      }
      layout.finish();
      describe(doc, r);
      doc.save(out);
    }
  }

  private static void describe(PDDocument doc, SampleReport r) {
    PDDocumentInformation info = doc.getDocumentInformation();
    // The info dictionary holds PDF text strings (PDFDocEncoding or UTF-16), so it keeps the exact title.
    info.setTitle(r.title());
    info.setAuthor(r.author());
    info.setSubject(r.publicationLine());
    info.setProducer("secsearch ReportWriter");
    if (r.url() != null) {
      info.setCustomMetadataValue("URL", r.url());
    }
    if (r.date() != null) {
      Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
      created.clear();
      created.set(r.date().getYear(), r.date().getMonthValue() - 1, r.date().getDayOfMonth());
      info.setCreationDate(created);
    }
    // Without an /ID, PDFBox makes one from the clock on save; a content-derived one keeps the bytes stable.
    byte[] id = Arrays.copyOf(r.fingerprint(), 16);
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    doc.getDocument().getTrailer().setItem(COSName.ID, ids);
  }

  /** Places wrapped lines top to bottom, opening a new page when the current one is full. */
  private static final class Layout {
    private final PDDocument doc;
    private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private PDPageContentStream stream;
    private float y;

    Layout(PDDocument doc) {
      this.doc = doc;
    }

    void paragraph(String text, PDType1Font font, float size) throws IOException {
      float leading = size * 1.35f;
      for (String line : wrap(text, font, size)) {
        if (stream == null || y - leading < MARGIN) {
          newPage();
        }
        y -= leading;
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(MARGIN, y);
        stream.showText(line);
        stream.endText();
      }
      y -= PARAGRAPH_GAP;
    }

    private List<String> wrap(String text, PDType1Font font, float size) throws IOException {
      List<String> lines = new ArrayList<>();
      StringBuilder line = new StringBuilder();
      for (String word : text.split("\\s+")) {
        if (word.isEmpty()) {
          continue;
        }
        String candidate = line.isEmpty() ? word : line + " " + word;
        // A word wider than the line stays on a line of its own rather than being split.
        if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
          lines.add(line.toString());
          line.setLength(0);
          line.append(word);
        } else {
          line.setLength(0);
          line.append(candidate);
        }
      }
      if (!line.isEmpty()) {
        lines.add(line.toString());
      }
      return lines;
    }

    private void newPage() throws IOException {
      if (stream != null) {
        stream.close();
      }
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      stream = new PDPageContentStream(doc, page);
      y = PDRectangle.A4.getHeight() - MARGIN;
    }

    void finish() throws IOException {
      if (stream != null) {
        stream.close();
      }
    }
  }
}
