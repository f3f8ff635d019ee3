package org.secsearch.indexer.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * MUC's own lists of containing areas ("COLOMBIA: ANTIOQUIA (DEPARTMENT): MEDELLIN (CITY)"), used only by the
 * evaluation to find the first-level division that contains a key's place. Never used by the product.
 */
final class MucGazetteer {
  /** Types that mark a first-level division, per MUC's notes (Peru's "provinces" are second level). */
  private static final Set<String> FIRST_LEVEL =
      Set.of("DEPARTMENT", "PROVINCE", "OFFICIAL REGION", "STATE", "COMMISSARIAT", "INTENDANCY");

  private final Map<String, String> divisionOf = new HashMap<>();

  /** Reads the containing-areas files and the divisions named in the keys' own locations. */
  MucGazetteer(Path mucDir, List<MucKeys.Template> keys) throws IOException {
    try (var files = Files.list(mucDir.resolve("gazetteer"))) {
      for (Path file : files.filter(p -> p.getFileName().toString().startsWith("containing-areas")).toList()) {
        for (String line : Files.readAllLines(file, java.nio.charset.StandardCharsets.ISO_8859_1)) {
          int star = line.indexOf(" *");
          String fill = (star < 0 ? line : line.substring(0, star)).strip();
          if (fill.matches("[A-Z ]+:.*\\(.*")) {
            MucKeys.locations(fill).forEach(this::learn);
          }
        }
      }
    }
    keys.forEach(k -> k.locations().forEach(this::learn));
  }

  private void learn(MucKeys.Location loc) {
    String division = firstLevel(loc);
    if (division == null) {
      return;
    }
    for (MucKeys.Part part : loc.parts()) {
      divisionOf.putIfAbsent(loc.country() + ":" + part.name(), division);
    }
  }

  /** The first-level division named in a location, or null. */
  static String firstLevel(MucKeys.Location loc) {
    for (MucKeys.Part part : loc.parts()) {
      for (String type : part.type().split("/")) {
        String t = type.replace("?", "").strip();
        if (FIRST_LEVEL.contains(t) && !(t.equals("PROVINCE") && loc.country().equals("PERU"))) {
          return part.name();
        }
      }
    }
    return null;
  }

  /** The division of a location: named in it, or containing its first place; null when unknown. */
  String division(MucKeys.Location loc) {
    String named = firstLevel(loc);
    if (named != null || loc.parts().isEmpty()) {
      return named;
    }
    return divisionOf.get(loc.country() + ":" + loc.parts().get(0).name());
  }
}
