package org.secsearch.web.access;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code --users} file: lines {@code user:pbkdf2-sha256:iterations:saltB64:hashB64} (see hash-password). */
public final class UsersFile {
  private UsersFile() {}

  /** The line for one user, as {@code hash-password} prints it. */
  public static String line(String user, PasswordHash hash) {
    checkName(user);
    return user + ":" + hash.encode();
  }

  /** User names are printable, without spaces or colons (the Basic credential's separator). */
  public static void checkName(String user) {
    if (user.isEmpty() || !user.codePoints().allMatch(c -> c > ' ' && c != ':' && c != 0x7f)) {
      throw new IllegalArgumentException("a user name must be non-empty, without spaces, colons or control characters");
    }
  }

  public static Map<String, PasswordHash> read(Path file) throws IOException {
    Map<String, PasswordHash> users = new LinkedHashMap<>();
    for (SecretFiles.Line line : SecretFiles.read(file)) {
      int colon = line.text().indexOf(':');
      if (colon <= 0) throw SecretFiles.error(file, line, "expected user:" + PasswordHash.SCHEME + ":…");
      String user = line.text().substring(0, colon);
      try {
        checkName(user);
        if (users.put(user, PasswordHash.parse(line.text().substring(colon + 1))) != null) {
          throw new IllegalArgumentException("user " + user + " appears twice");
        }
      } catch (IllegalArgumentException e) {
        throw SecretFiles.error(file, line, e.getMessage());
      }
    }
    return users;
  }
}
