package org.secsearch.web.access;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code --token-file}: bearer tokens, one a line, at least {@value #MIN_LENGTH} characters of printable ASCII
 * (e.g. {@code openssl rand -base64 32}). Each is known in the audit log as {@code token:LINE}.
 */
public final class TokenFile {
  static final int MIN_LENGTH = 20;

  private TokenFile() {}

  public static List<BearerToken> read(Path file) throws IOException {
    List<BearerToken> tokens = new ArrayList<>();
    for (SecretFiles.Line line : SecretFiles.read(file)) {
      String t = line.text();
      if (t.length() < MIN_LENGTH || !t.chars().allMatch(c -> c > ' ' && c < 0x7f)) {
        throw SecretFiles.error(file, line, "a token must be at least " + MIN_LENGTH
            + " printable ASCII characters without spaces");
      }
      tokens.add(new BearerToken("token:" + line.number(), t));
    }
    return tokens;
  }
}
