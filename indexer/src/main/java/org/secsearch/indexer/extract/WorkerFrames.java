package org.secsearch.indexer.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * How an extraction worker sends its answer: a frame of a marker, the status and metadata as a small JSON object,
 * and the text as UTF-8 bytes — both length-prefixed, so a report's text crosses the pipe as it is, with no JSON
 * escaping on one side and unescaping on the other. Anything else on the channel (a dying JVM's message) lacks the
 * marker and reads as a crash.
 */
final class WorkerFrames {
  /** "SECF": starts every frame. */
  static final int MARKER = 0x53454346;

  /** The frame's JSON part: everything but the text. */
  record Header(Status status, String reason, String contentType, Map<String, List<String>> metadata) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private WorkerFrames() {}

  static void write(DataOutputStream out, Extracted e) throws IOException {
    byte[] header = JSON.writeValueAsBytes(new Header(e.status(), e.reason(), e.contentType(), e.metadata()));
    byte[] text = e.text().getBytes(StandardCharsets.UTF_8);
    out.writeInt(MARKER);
    out.writeInt(header.length);
    out.write(header);
    out.writeInt(text.length);
    out.write(text);
    out.flush();
  }

  /** The next answer; null when the channel holds something other than a frame (the worker is dying). */
  static Extracted read(DataInputStream in) throws IOException {
    if (in.readInt() != MARKER) return null;
    Header h = JSON.readValue(in.readNBytes(length(in)), Header.class);
    String text = new String(in.readNBytes(length(in)), StandardCharsets.UTF_8);
    return new Extracted(h.status(), h.reason(), text, h.contentType(), h.metadata() == null ? Map.of() : h.metadata());
  }

  private static int length(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0) throw new IOException("corrupt frame from the extraction worker (length " + n + ")");
    return n;
  }
}
