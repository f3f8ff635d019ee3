package org.secsearch.web.search;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encodes query-string values one way only, so equal states give byte-equal URLs: RFC 3986 unreserved
 * characters stay as they are, and so do the delimiters that are safe inside a query value and common in queries
 * ({@code / : @ ! $ ( ) * , ;}, so {@code region=Kazakhstan/Aktobe} and {@code q=insurg*} stay readable);
 * everything else is %XX of its UTF-8 bytes, a space included ({@code %20}, never {@code +}).
 */
public final class UrlCodec {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private UrlCodec() {}

  public static String encode(String s) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (isKept(c)) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return out.toString();
  }

  private static boolean isKept(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || "-._~/:@!$()*,;".indexOf(c) >= 0;
  }
}
