package org.secsearch.web.web;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.json.JavalinJackson;

/**
 * The API's JSON with {@code < > & '} written as {@code \u003c}-style escapes: the same values once parsed, but
 * no markup from a report or a query appears in the bytes, should anything ever treat a response as HTML.
 */
final class HtmlSafeJson extends CharacterEscapes {
  private final int[] escapes = standardAsciiEscapesForJSON();

  private HtmlSafeJson() {
    for (char c : new char[] {'<', '>', '&', '\''}) escapes[c] = ESCAPE_STANDARD;
  }

  @Override
  public int[] getEscapeCodesForAscii() {
    return escapes;
  }

  @Override
  public SerializableString getEscapeSequence(int ch) {
    return null; // only standard \\uXXXX escapes are used
  }

  /** Javalin's default mapper, writing through these escapes. */
  static JavalinJackson mapper() {
    ObjectMapper m = JavalinJackson.Companion.defaultMapper();
    m.getFactory().setCharacterEscapes(new HtmlSafeJson());
    return new JavalinJackson(m, false);
  }
}
