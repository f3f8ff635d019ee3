package org.secsearch.web.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for requests an HTTP client would refuse or normalise: raw {@code ../}, backslashes,
 * NUL bytes, 20 KB request lines, 64 KB headers. One request per connection ({@code Connection: close}).
 */
public final class RawHttp {
  /** A parsed response: status code, headers (names lower-cased, last value wins) and the body as received. */
  public record Reply(int status, Map<String, String> headers, String body) {
    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  private final int port;

  public RawHttp(int port) {
    this.port = port;
  }

  /** Sends {@code METHOD target HTTP/1.1} with a Host header, the extra header lines given, and no body. */
  public Reply send(String method, String target, String... headerLines) throws IOException {
    StringBuilder req = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
        .append("Host: 127.0.0.1:").append(port).append("\r\nConnection: close\r\n");
    for (String h : headerLines) req.append(h).append("\r\n");
    req.append("\r\n");
    return exchange(req.toString().getBytes(StandardCharsets.ISO_8859_1));
  }

  public Reply get(String target, String... headerLines) throws IOException {
    return send("GET", target, headerLines);
  }

  private Reply exchange(byte[] request) throws IOException {
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      try {
        out.write(request);
        out.flush();
      } catch (IOException e) {
        // the server may answer and close before reading everything (431); the reply is still readable
      }
      return parse(readAll(s.getInputStream()));
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    byte[] b = new byte[8192];
    try {
      for (int n; (n = in.read(b)) > 0; ) buf.write(b, 0, n);
    } catch (java.net.SocketException e) {
      if (buf.size() == 0) throw e; // a reset after the reply was sent is fine
    }
    return buf.toByteArray();
  }

  private static Reply parse(byte[] raw) {
    String text = new String(raw, StandardCharsets.UTF_8);
    int end = text.indexOf("\r\n\r\n");
    if (!text.startsWith("HTTP/1.1 ") || end < 0) throw new IllegalStateException("not an HTTP reply: " + text);
    String[] lines = text.substring(0, end).split("\r\n");
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
    }
    return new Reply(Integer.parseInt(lines[0].substring(9, 12)), headers, text.substring(end + 4));
  }
}
