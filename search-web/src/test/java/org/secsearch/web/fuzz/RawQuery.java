package org.secsearch.web.fuzz;

import io.javalin.http.servlet.JavalinServletContextKt;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Fuzzer bytes as a query string on a request line, and that query string read as the server reads it. Bytes a
 * request line may carry stay as they are, {@code %} included, so malformed escapes ({@code %ZZ}, a lone {@code %},
 * the overlong {@code %C0%AE}) reach the decoder; every other byte (space, controls, NUL, {@code <}, {@code #},
 * bytes above 127) is sent as its {@code %XX} escape, so it arrives decoded as that byte. Seed files therefore
 * read like the URLs they stand for.
 */
final class RawQuery {
  private static final String KEPT = "-._~!$&'()*+,;=:@/?%";
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private RawQuery() {}

  static String of(byte[] bytes) {
    return of(bytes, 0, bytes.length);
  }

  static String of(byte[] bytes, int from, int to) {
    StringBuilder out = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      int c = bytes[i] & 0xff;
      boolean alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (alnum || (c < 128 && KEPT.indexOf(c) >= 0)) out.append((char) c);
      else out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
    }
    return out.toString();
  }

  /** The parameters Javalin's {@code ctx.queryParamMap()} gives the handlers for this raw query string. */
  static Map<String, List<String>> params(String rawQuery) {
    return JavalinServletContextKt.splitKeyValueStringAndGroupByKey(rawQuery, StandardCharsets.UTF_8.name());
  }
}
