package org.secsearch.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextFormatDetectorTest {
  /** Tika's detector stands behind the fast path; a marker shows when it was asked. */
  private final TextFormatDetector detector =
      new TextFormatDetector((in, md) -> MediaType.application("x-asked-tika"));

  @ParameterizedTest(name = "{0} starting {1} → {2}")
  @CsvSource(delimiter = '|', value = {
      // named and looking like text: taken by name without magic detection
      "report.txt  | Plain wire copy.                | text/plain",
      "brief.HTML  | <html><body>x</body></html>     | text/html",
      "page.xhtml  | <?xml version='1.0'?><html/>    | application/xhtml+xml",
      // the bytes say otherwise: Tika's own detector decides
      "brief.txt   | %PDF-1.4 (binary follows)       | application/x-asked-tika",
      "note.txt    | {\\rtf1\\ansi hello}            | application/x-asked-tika",
      "page.html   | \\u0000\\u0001binary\\u0002     | application/x-asked-tika",
      "empty.txt   | ''                              | application/x-asked-tika",
      // office formats named as such whose first bytes are the format's signature: taken by name
      "brief.pdf   | %PDF-1.7\\n%binary           | application/pdf",
      "draft.DOCX  | PK\\u0003\\u0004 zip parts   | application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "draft.odt   | PK\\u0003\\u0004 zip parts   | application/vnd.oasis.opendocument.text",
      "memo.rtf    | {\\rtf1\\ansi hello}         | application/rtf",
      // the name says office, the bytes do not (an encrypted DOCX is OLE2; a renamed text): Tika decides
      "locked.docx | ÐÏ\\u0011à OLE2 container     | application/x-asked-tika",
      "fake.pdf    | Just some words.                | application/x-asked-tika",
      "short.pdf   | %PD                             | application/x-asked-tika",
      // a name we do not fast-path
      "report.doc  | Plain words in a .doc file.     | application/x-asked-tika",
      "report      | Plain words, no extension.      | application/x-asked-tika",
  })
  void takesAFormatByNameOnlyWhenTheBytesAgree(String name, String head, String expected) throws IOException {
    byte[] bytes = (head == null ? "" : head).replace("\\u0000", "\u0000").replace("\\u0001", "\u0001").replace("\\u0002", "\u0002")
        .replace("\\u0003", "\u0003").replace("\\u0004", "\u0004").replace("\\u0011", "\u0011")
        .getBytes(StandardCharsets.ISO_8859_1);
    Metadata md = new Metadata();
    md.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
    assertThat(detector.detect(new ByteArrayInputStream(bytes), md).getBaseType().toString()).isEqualTo(expected);
  }
}
