package org.secsearch.web.access;

/** A bearer token from the token file and the name the audit log gives whoever presents it. */
public record BearerToken(String name, String token) {
  @Override
  public String toString() {
    return "BearerToken[" + name + "]"; // never the secret
  }
}
