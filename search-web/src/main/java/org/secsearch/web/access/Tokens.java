package org.secsearch.web.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;

/**
 * Bearer tokens, held as SHA-256 digests; a presented token is compared with every one in constant time, so
 * neither which token matched nor how much of one did shows in the response time.
 */
final class Tokens {
  private record Digest(String name, byte[] sha256) {}

  private final List<Digest> digests;

  Tokens(List<BearerToken> tokens) {
    this.digests = tokens.stream().map(t -> new Digest(t.name(), sha256(t.token()))).toList();
  }

  boolean isEmpty() {
    return digests.isEmpty();
  }

  Optional<String> match(String presented) {
    byte[] p = sha256(presented);
    String found = null;
    for (Digest d : digests) {
      if (MessageDigest.isEqual(d.sha256(), p) && found == null) found = d.name();
    }
    return Optional.ofNullable(found);
  }

  static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
