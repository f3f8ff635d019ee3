package org.secsearch.indexer.generate.synthetic;

import java.util.ArrayList;
import java.util.List;

/**
 * One sentence template of sentences.txt, parsed once at load into literal text, slots ("{city}", "{a attack}")
 * and inline alternatives ("{said|told reporters}"), so writing a report scans no strings for braces.
 */
record Template(List<Part> parts) {
  /** A piece of a template. */
  sealed interface Part permits Text, Slot, Choice {}

  /** Literal text. */
  record Text(String text) implements Part {}

  /** A value by name; {@code article} asks for "a"/"an" in front. */
  record Slot(String name, boolean article) implements Part {}

  /** One of several literal alternatives. */
  record Choice(List<String> options) implements Part {}

  Template {
    parts = List.copyOf(parts);
  }

  /** Parses a template line; {@code origin} names it in error messages. */
  static Template parse(String line, String origin) {
    List<Part> parts = new ArrayList<>();
    int i = 0;
    while (i < line.length()) {
      int open = line.indexOf('{', i);
      if (open < 0) {
        parts.add(new Text(line.substring(i)));
        break;
      }
      if (open > i) {
        parts.add(new Text(line.substring(i, open)));
      }
      int close = line.indexOf('}', open);
      if (close < 0 || line.indexOf('{', open + 1) >= 0 && line.indexOf('{', open + 1) < close) {
        throw new IllegalArgumentException(origin + ": unbalanced '{' in: " + line);
      }
      parts.add(part(line.substring(open + 1, close).strip(), origin, line));
      i = close + 1;
    }
    return new Template(parts);
  }

  private static Part part(String inside, String origin, String line) {
    if (inside.isEmpty()) {
      throw new IllegalArgumentException(origin + ": empty {} in: " + line);
    }
    if (inside.indexOf('|') >= 0) {
      return new Choice(List.of(inside.split("\\|", -1)));
    }
    if (inside.startsWith("a ")) {
      return new Slot(inside.substring(2).strip(), true);
    }
    return new Slot(inside, false);
  }

  /** The slot names this template uses. */
  List<String> slotNames() {
    List<String> names = new ArrayList<>();
    for (Part p : parts) {
      if (p instanceof Slot s) {
        names.add(s.name());
      }
    }
    return names;
  }
}
