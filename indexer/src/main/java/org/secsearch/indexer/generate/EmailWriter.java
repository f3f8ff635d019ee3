package org.secsearch.indexer.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Writes a report as an RFC 5322 message: CRLF line ends, a single text/plain UTF-8 part in quoted-printable, and
 * a Message-ID derived from the content so re-rendering is byte-stable.
 */
final class EmailWriter implements FormatWriter {
  private static final String CRLF = "\r\n";
  private static final DateTimeFormatter RFC_5322_DATE =
      DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ENGLISH);
  /** Quoted-printable lines may hold 76 characters; one is kept free for the soft-break '='. */
  private static final int QP_LINE = 75;

  @Override
  public void write(SampleReport r, OutputStream out) throws IOException {
    StringBuilder mail = new StringBuilder(6144);
    header(mail, "From", address(r.author() != null ? r.author() : "Analysis Desk", "desk"));
    header(mail, "To", address("Reading List", "reading-list"));
    header(mail, "Subject", encodedWord(r.title()));
    if (r.date() != null) {
      // 09:00 UTC: a plausible morning send time; the date is what matters.
      header(mail, "Date", RFC_5322_DATE.format(r.date().atTime(9, 0).atOffset(ZoneOffset.UTC)));
    }
    header(mail, "Message-ID", "<" + HexFormat.of().formatHex(r.fingerprint(), 0, 12) + "@secsearch.example.org>");
    header(mail, "MIME-Version", "1.0");
    header(mail, "Content-Type", "text/plain; charset=UTF-8");
    header(mail, "Content-Transfer-Encoding", "quoted-printable");
    mail.append(CRLF).append(quotedPrintable(TextWriter.plainText(r)));
    out.write(mail.toString().getBytes(StandardCharsets.US_ASCII));
  }

  private static void header(StringBuilder mail, String name, String value) {
    mail.append(name).append(": ").append(value).append(CRLF);
  }

  /** A display name with an address in the reserved example.org domain. */
  private static String address(String name, String localPart) {
    String display = isAscii(name) ? '"' + name.replace("\\", "\\\\").replace("\"", "\\\"") + '"' : encodedWord(name);
    return display + " <" + localPart + "@example.org>";
  }

  /** Header text as-is when it is plain ASCII, otherwise as one RFC 2047 base64 encoded-word. */
  static String encodedWord(String text) {
    if (isAscii(text)) {
      return text;
    }
    return "=?UTF-8?B?" + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)) + "?=";
  }

  private static boolean isAscii(String text) {
    return text.chars().allMatch(c -> c >= 0x20 && c < 0x7F);
  }

  /** Encodes LF-separated text as quoted-printable with CRLF hard breaks and '=' soft breaks. */
  static String quotedPrintable(String text) {
    StringBuilder out = new StringBuilder(text.length() + text.length() / 8);
    for (String line : text.split("\n", -1)) {
      int width = 0;
      byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < bytes.length; i++) {
        int b = bytes[i] & 0xFF;
        boolean last = i == bytes.length - 1;
        // Trailing white space would be stripped in transit, so it is encoded.
        boolean literal = (b >= 33 && b <= 126 && b != '=') || ((b == ' ' || b == '\t') && !last);
        String piece = literal ? String.valueOf((char) b) : String.format("=%02X", b);
        if (width + piece.length() > QP_LINE) {
          out.append('=').append(CRLF);
          width = 0;
        }
        out.append(piece);
        width += piece.length();
      }
      out.append(CRLF);
    }
    // split(..., -1) yields a trailing empty line for text ending in LF; drop its extra CRLF.
    out.setLength(out.length() - CRLF.length());
    return out.toString();
  }
}
