package org.secsearch.web.access;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who a request's {@code Authorization} header names: HTTP Basic checked against the users file, or a bearer
 * token. An unknown user costs the same hash as a known one. A verified Basic credential is remembered (as a
 * SHA-256 digest) so that a browser's every request does not pay for PBKDF2 again.
 */
public final class Authenticator {
  private static final int REMEMBERED = 1024;

  private final Map<String, PasswordHash> users;
  private final Tokens tokens;
  private final PasswordHash decoy;
  private final Map<String, String> verified = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
      return size() > REMEMBERED;
    }
  };

  private Authenticator(Map<String, PasswordHash> users, List<BearerToken> tokens) {
    this.users = Map.copyOf(users);
    this.tokens = new Tokens(tokens);
    int cost = users.values().stream().mapToInt(PasswordHash::iterations).max().orElse(PasswordHash.MIN_ITERATIONS);
    this.decoy = PasswordHash.create("decoy".toCharArray(), cost);
  }

  /** No authentication: every request is let in (the server then listens on loopback only). */
  public static Authenticator none() {
    return new Authenticator(Map.of(), List.of());
  }

  public static Authenticator of(Map<String, PasswordHash> users, List<BearerToken> tokens) {
    return new Authenticator(users, tokens);
  }

  public boolean enabled() {
    return !users.isEmpty() || !tokens.isEmpty();
  }

  public boolean acceptsPasswords() {
    return !users.isEmpty();
  }

  public int users() {
    return users.size();
  }

  /** The user (or token name) an {@code Authorization} header proves; empty when it proves nothing. */
  public Optional<String> authenticate(String authorization) {
    if (authorization == null) return Optional.empty();
    int space = authorization.indexOf(' ');
    if (space < 0) return Optional.empty();
    String scheme = authorization.substring(0, space), value = authorization.substring(space + 1).strip();
    if (scheme.equalsIgnoreCase("Bearer")) return tokens.match(value);
    if (scheme.equalsIgnoreCase("Basic") && !users.isEmpty()) return basic(value);
    return Optional.empty();
  }

  private Optional<String> basic(String value) {
    String credential;
    try {
      credential = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(Base64.getDecoder().decode(value))).toString();
    } catch (IllegalArgumentException | CharacterCodingException e) {
      return Optional.empty();
    }
    int colon = credential.indexOf(':');
    if (colon < 0) return Optional.empty();
    String key = HexFormat.of().formatHex(Tokens.sha256(credential));
    synchronized (verified) {
      String known = verified.get(key);
      if (known != null) return Optional.of(known);
    }
    String user = credential.substring(0, colon);
    char[] password = credential.substring(colon + 1).toCharArray();
    PasswordHash hash = users.get(user);
    boolean ok = (hash == null ? decoy : hash).matches(password) && hash != null;
    if (!ok) return Optional.empty();
    synchronized (verified) {
      verified.put(key, user);
    }
    return Optional.of(user);
  }
}
