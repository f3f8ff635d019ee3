package org.secsearch.indexer.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Main of the child JVM that does the parsing: reads one JSON request per line on stdin, answers one JSON
 * {@link Extracted} per line on stdout. Anything libraries print goes to stderr, so the protocol stays clean.
 */
public final class ExtractionWorker {
  /** One request: the file and the character limit. */
  record Request(String path, int maxChars) {}

  private ExtractionWorker() {}

  public static void main(String[] args) throws Exception {
    PrintStream protocol =
        new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
    System.setOut(System.err);
    ObjectMapper json = new ObjectMapper();
    TikaExtractor extractor = new TikaExtractor();
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    protocol.println("{\"ready\":true}");
    protocol.flush();
    for (String line; (line = in.readLine()) != null; ) {
      if (line.isBlank()) continue;
      Request request = json.readValue(line, Request.class);
      Extracted result = extractor.extract(Path.of(request.path()), request.maxChars());
      protocol.println(json.writeValueAsString(result));
      protocol.flush();
    }
  }
}
