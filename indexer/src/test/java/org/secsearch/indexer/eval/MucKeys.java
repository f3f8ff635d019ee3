package org.secsearch.indexer.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads MUC-3/4 answer keys (templates of "N.  SLOT: NAME   fill" lines) into records: message id,
 * incident locations with their alternatives, incident date; and maps a message id to its XHTML file.
 */
public final class MucKeys {
  private MucKeys() {}

  /** One answer-key template. {@code locations} holds the '/' alternatives; empty when the slot is blank. */
  public record Template(String messageId, String templateNumber, List<Location> locations, String date) {
    /** True when the template describes an incident (MESSAGE: TEMPLATE is not '*'). */
    public boolean relevant() {
      return !templateNumber.equals("*");
    }
  }

  /** A location fill "COUNTRY: DEPARTMENT (TYPE): PLACE (TYPE)"; {@code uncertain} when marked with '?'. */
  public record Location(String country, List<Part> parts, boolean uncertain) {}

  /** One level below the country: a name and its type ("SAN MIGUEL", "DEPARTMENT"); type may be empty. */
  public record Part(String name, String type) {}

  /** All templates of one key file, in order. */
  public static List<Template> parse(Path keyFile) throws IOException {
    List<Template> templates = new ArrayList<>();
    Map<String, String> slots = new LinkedHashMap<>();
    String lastSlot = null;
    for (String line : Files.readAllLines(keyFile)) {
      if (line.startsWith(";;;")) {
        continue;
      }
      java.util.regex.Matcher m = SLOT.matcher(line);
      if (m.matches()) {
        String slot = m.group(1).strip();
        if (slot.equals("MESSAGE: ID") && slots.containsKey("MESSAGE: ID")) {
          templates.add(template(slots));
          slots.clear();
        }
        slots.put(slot, m.group(2).strip());
        lastSlot = slot;
      } else if (!line.isBlank() && lastSlot != null && line.startsWith("    ")) {
        slots.merge(lastSlot, line.strip(), (a, b) -> a + "\n" + b); // continuation line: another fill
      }
    }
    if (slots.containsKey("MESSAGE: ID")) {
      templates.add(template(slots));
    }
    return templates;
  }

  private static final java.util.regex.Pattern SLOT =
      java.util.regex.Pattern.compile("\\d+\\.\\s+([A-Z][A-Z ]*?: [A-Z][A-Z ]*?)\\s{2,}(.*)");

  private static Template template(Map<String, String> slots) {
    String id = slots.get("MESSAGE: ID").split("\\s+")[0];
    String number = slots.getOrDefault("MESSAGE: TEMPLATE", "*").split("\\s+")[0];
    String location = slots.getOrDefault("INCIDENT: LOCATION", "*");
    String date = slots.getOrDefault("INCIDENT: DATE", "*");
    return new Template(id, number, locations(location), date);
  }

  /** Parses a location fill with '/' alternatives, brackets around alternatives, and '?' marks. */
  static List<Location> locations(String fill) {
    List<Location> out = new ArrayList<>();
    for (String line : fill.split("\n")) {
      for (String alt : splitTopLevel(line.strip(), '/')) {
        String a = alt.strip();
        boolean uncertain = a.startsWith("?");
        a = a.replace("?", "").strip();
        while (a.startsWith("(") && a.endsWith(")") && wrapped(a)) {
          a = a.substring(1, a.length() - 1).strip();
        }
        if (a.isEmpty() || a.equals("*") || a.equals("-")) {
          continue;
        }
        List<String> comps = splitTopLevel(a, ':');
        List<Part> parts = new ArrayList<>();
        for (String c : comps.subList(1, comps.size())) {
          String s = c.strip();
          int paren = s.indexOf('(');
          parts.add(paren < 0 ? new Part(s, "")
              : new Part(s.substring(0, paren).strip(), s.substring(paren + 1, s.lastIndexOf(')') < 0 ? s.length()
                  : s.lastIndexOf(')')).strip()));
        }
        out.add(new Location(comps.get(0).strip(), parts, uncertain));
      }
    }
    return out;
  }

  private static boolean wrapped(String s) {
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      depth += s.charAt(i) == '(' ? 1 : s.charAt(i) == ')' ? -1 : 0;
      if (depth == 0 && i < s.length() - 1) {
        return false;
      }
    }
    return true;
  }

  private static List<String> splitTopLevel(String s, char sep) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int from = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (c == sep && depth == 0) {
        parts.add(s.substring(from, i));
        from = i + 1;
      }
    }
    parts.add(s.substring(from));
    return parts;
  }

  /** The XHTML file of a message: "DEV-MUC3-0001" → xhtml/dev/DEV-MUC3-0001.xhtml under the MUC folder. */
  public static Path xhtml(Path mucDir, String messageId) {
    String split = messageId.substring(0, messageId.indexOf('-')).toLowerCase(Locale.ROOT);
    return mucDir.resolve("xhtml").resolve(split).resolve(messageId + ".xhtml");
  }

  /** The key files of a split: "dev" (key-dev-*.muc4), "tst1", "tst2". */
  public static List<Path> keyFiles(Path mucDir, String split) throws IOException {
    try (var files = Files.list(mucDir.resolve("keys"))) {
      return files.filter(p -> p.getFileName().toString().startsWith("key-" + split)).sorted().toList();
    }
  }
}
