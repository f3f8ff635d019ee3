package org.secsearch.web.search;

/**
 * A search the user asked for that cannot be run (malformed date, page too deep, query too long). The message
 * is written for the user: the page shows it next to their input, the API returns it with HTTP 400.
 */
public final class InvalidSearchException extends RuntimeException {
  public InvalidSearchException(String message) {
    super(message);
  }
}
