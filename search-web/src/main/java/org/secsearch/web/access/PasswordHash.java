package org.secsearch.web.access;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A salted PBKDF2-HMAC-SHA256 password hash, written {@code pbkdf2-sha256:iterations:saltB64:hashB64}; checking a
 * password recomputes it and compares in constant time.
 */
public final class PasswordHash {
  public static final String SCHEME = "pbkdf2-sha256";
  /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. */
  public static final int DEFAULT_ITERATIONS = 600_000;
  static final int MIN_ITERATIONS = 1_000, MAX_ITERATIONS = 10_000_000;
  private static final int SALT_BYTES = 16, HASH_BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final int iterations;
  private final byte[] salt;
  private final byte[] hash;

  private PasswordHash(int iterations, byte[] salt, byte[] hash) {
    if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
      throw new IllegalArgumentException("iterations must be between " + MIN_ITERATIONS + " and " + MAX_ITERATIONS);
    }
    if (salt.length < 8 || hash.length != HASH_BYTES) {
      throw new IllegalArgumentException("salt of at least 8 bytes and a " + HASH_BYTES + "-byte hash expected");
    }
    this.iterations = iterations;
    this.salt = salt;
    this.hash = hash;
  }

  /** Hashes {@code password} with a fresh random salt. */
  public static PasswordHash create(char[] password, int iterations) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    return new PasswordHash(iterations, salt, derive(password, salt, iterations));
  }

  /** Reads {@code pbkdf2-sha256:iterations:saltB64:hashB64}. */
  public static PasswordHash parse(String encoded) {
    String[] parts = encoded.split(":", -1);
    if (parts.length != 4 || !parts[0].equals(SCHEME)) {
      throw new IllegalArgumentException("expected " + SCHEME + ":iterations:saltB64:hashB64");
    }
    try {
      return new PasswordHash(Integer.parseInt(parts[1]), Base64.getDecoder().decode(parts[2]),
          Base64.getDecoder().decode(parts[3]));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("iterations is not a number: " + parts[1]);
    }
  }

  public boolean matches(char[] password) {
    return MessageDigest.isEqual(hash, derive(password, salt, iterations));
  }

  public int iterations() {
    return iterations;
  }

  public String encode() {
    Base64.Encoder b64 = Base64.getEncoder();
    return SCHEME + ":" + iterations + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(hash);
  }

  private static byte[] derive(char[] password, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BYTES * 8);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
    } finally {
      spec.clearPassword();
    }
  }
}
