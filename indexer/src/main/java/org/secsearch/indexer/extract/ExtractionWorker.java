package org.secsearch.indexer.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Main of the child JVM that does the parsing: reads one JSON request per line on stdin, answers each with one
 * {@link WorkerFrames frame} on stdout, after a first line {@code {"ready":true}} once Tika is loaded. Anything
 * libraries print goes to stderr, so the protocol stays clean.
 */
public final class ExtractionWorker {
  /** One request: the file and the character limit. */
  record Request(String path, int maxChars) {}

  private ExtractionWorker() {}

  public static void main(String[] args) throws Exception {
    DataOutputStream protocol =
        new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16));
    System.setOut(System.err);
    ObjectMapper json = new ObjectMapper();
    TikaExtractor extractor = new TikaExtractor();
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    protocol.write("{\"ready\":true}\n".getBytes(StandardCharsets.UTF_8));
    protocol.flush();
    for (String line; (line = in.readLine()) != null; ) {
      if (line.isBlank()) continue;
      Request request = json.readValue(line, Request.class);
      Extracted result = extractor.extract(Path.of(request.path()), request.maxChars());
      WorkerFrames.write(protocol, result);
    }
  }
}
