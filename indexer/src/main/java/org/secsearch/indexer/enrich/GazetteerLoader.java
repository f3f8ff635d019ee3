package org.secsearch.indexer.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the {@link Gazetteer} from GeoNames' countryInfo, admin1CodesASCII and cities15000 on the classpath
 * and the places.tsv layer: display names, aliases, bare division names and filtered alternate names.
 */
final class GazetteerLoader {
  /** Single-word alternate names of smaller places are mostly noise (other languages' exonyms, old codes). */
  static final long SINGLE_WORD_ALTERNATE_MIN_POPULATION = 100_000;
  /** Alternate names shorter than this are mostly codes and abbreviations. */
  static final int ALTERNATE_MIN_LETTERS = 4;
  /** Single-word alternates this short are often words or surnames in another language ("Cano" for Kano). */
  static final int SINGLE_WORD_ALTERNATE_MIN_LETTERS = 5;

  private final AliasLayer layer;
  private final PlaceCues cues;
  private final Map<String, Place> byCode = new HashMap<>();
  private final Map<String, List<PlaceName>> names = new HashMap<>(400_000);
  private final List<Alternates> alternates = new ArrayList<>();

  /** A place's comma-separated GeoNames alternate names, kept until every own name is known. */
  private record Alternates(Place place, String names) {}

  private GazetteerLoader(AliasLayer layer, PlaceCues cues) {
    this.layer = layer;
    this.cues = cues;
  }

  static Gazetteer load(AliasLayer layer, PlaceCues cues) {
    GazetteerLoader loader = new GazetteerLoader(layer, cues);
    loader.readCountries();
    loader.readDivisions();
    loader.readPlaces();
    layer.checkCodes(loader.byCode.keySet(), AliasLayer.RESOURCE);
    loader.readDemonyms("demonyms.tsv");
    loader.addAlternates();
    return new Gazetteer(loader.names, loader.byCode);
  }

  private void readCountries() {
    for (String line : WordLists.lines("/geonames.org/countryInfo.txt")) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      String name = layer.display(f[0], f[4].strip());
      Place country = new Place(Place.Level.COUNTRY, f[0], name, f[0], null, parseLong(f[7]), "", name);
      register(country, f[4].strip());
    }
  }

  private void readDivisions() {
    for (String line : WordLists.lines("/geonames.org/admin1CodesASCII.txt")) {
      String[] f = line.split("\t", -1);
      String code = f[0];
      Place country = byCode.get(code.substring(0, 2));
      if (country == null) {
        continue;
      }
      String name = layer.display(code, f[1]);
      // A division keeps its own level even when named like its country (Panamá in Panama).
      Place division = new Place(Place.Level.ADMIN1, code, name, country.countryCode(), code, 0, "",
          country.path() + "/" + name.replace('/', '-'));
      register(division, f[1], f[2]);
      for (String written : List.of(f[1], f[2], name)) {
        String core = core(TextFolder.key(written));
        if (core != null) {
          add(core, new PlaceName(division, PlaceName.Kind.CORE, false));
        }
      }
    }
  }

  private void readPlaces() {
    for (String line : WordLists.lines("/geonames.org/cities15000.txt")) {
      String[] f = line.split("\t", -1);
      String feature = f[7];
      if (feature.equals("PPLH") || feature.equals("PPLQ") || feature.equals("PPLW")) {
        continue; // historical, abandoned or destroyed
      }
      Place country = byCode.get(f[8]);
      if (country == null) {
        continue;
      }
      Place division = byCode.get(f[8] + "." + f[10]);
      String name = layer.display(f[0], f[1]);
      String path = division == null ? join(country.path(), name) : join(division.path(), name);
      Place place = new Place(Place.Level.PLACE, f[0], name, country.countryCode(),
          division == null ? null : division.id(), parseLong(f[14]), feature, path);
      register(place, f[1], f[2]);
      alternates.add(new Alternates(place, f[3]));
    }
  }

  /** Demonyms ("Salvadoran", "Chechen") as names of their country or division: code, tab, '|'-separated words. */
  private void readDemonyms(String resource) {
    List<String> lines = WordLists.lines(resource);
    for (int n = 0; n < lines.size(); n++) {
      String line = WordLists.stripComment(lines.get(n)).strip();
      if (line.isEmpty()) {
        continue;
      }
      String[] cols = line.split("\t");
      Place place = byCode.get(cols[0].strip());
      if (place == null || cols.length < 2) {
        throw new IllegalStateException(resource + " line " + (n + 1) + ": expected a known code, a tab, demonyms");
      }
      for (String word : cols[1].split("\\|")) {
        add(TextFolder.key(word.strip()), new PlaceName(place, PlaceName.Kind.DEMONYM, false));
      }
    }
  }

  /** Indexes an entry under its GeoNames names, its display name and its places.tsv aliases. */
  private void register(Place place, String... geonamesNames) {
    byCode.put(place.id(), place);
    AliasLayer.Entry entry = layer.get(place.id());
    Set<String> removed = new HashSet<>();
    if (entry != null) {
      entry.removed().forEach(r -> removed.add(TextFolder.key(r)));
      for (String alias : entry.aliases()) {
        boolean upperOnly = alias.chars().anyMatch(Character::isLetter) && alias.equals(alias.toUpperCase());
        add(TextFolder.key(alias), new PlaceName(place, PlaceName.Kind.ALIAS, upperOnly));
      }
    }
    for (String written : geonamesNames) {
      String key = TextFolder.key(written);
      if (!removed.contains(key)) {
        add(key, new PlaceName(place, PlaceName.Kind.OFFICIAL, false));
      }
    }
    add(TextFolder.key(place.name()), new PlaceName(place, PlaceName.Kind.OFFICIAL, false));
  }

  /**
   * GeoNames alternates, used selectively: Latin script, at least four letters, single words only for places
   * of 100,000 people or more, and never a key that is already the name of a country, a division or a place
   * at least as big ("Panama City" stays Panamá's even though a Florida town has it as its own name).
   */
  private void addAlternates() {
    // A key already taken by a country, a division, or a place at least as big is not given to an alternate.
    Map<String, Long> taken = new HashMap<>();
    names.forEach((key, list) -> taken.put(key, list.stream()
        .mapToLong(n -> n.place().level() == Place.Level.PLACE ? n.place().population() : Long.MAX_VALUE).max()
        .orElse(0)));
    List<String> countryKeys = byCode.values().stream()
        .filter(p -> p.level() == Place.Level.COUNTRY).map(p -> TextFolder.key(p.name())).toList();
    for (Alternates row : alternates) {
      Place place = row.place();
      String list = row.names();
      if (list.isEmpty()) {
        continue;
      }
      for (String alt : list.split(",")) {
        if (!usableAlternate(alt)) {
          continue;
        }
        String key = TextFolder.key(alt);
        if (key.startsWith("the ")) {
          continue; // "The Center", "The Mission": a description, not a name to find in prose
        }
        boolean singleWord = key.indexOf(' ') < 0;
        if (taken.getOrDefault(key, -1L) >= place.population() || (singleWord
            && (place.population() < SINGLE_WORD_ALTERNATE_MIN_POPULATION || key.length() < SINGLE_WORD_ALTERNATE_MIN_LETTERS))
            || (singleWord && demonymLike(key, countryKeys))) {
          continue;
        }
        add(key, new PlaceName(place, PlaceName.Kind.ALTERNATE, false));
      }
    }
  }

  /** "Kazakh", "Uzbek", "Afghan": the stem of a country's name is its people's name, not a town's. */
  private static boolean demonymLike(String key, List<String> countryKeys) {
    for (String country : countryKeys) {
      if (country.length() > key.length() && country.startsWith(key)) {
        return true;
      }
    }
    return false;
  }

  private static boolean usableAlternate(String alt) {
    int letters = 0;
    boolean lower = false;
    for (int i = 0; i < alt.length(); i++) {
      char c = alt.charAt(i);
      if (Character.isDigit(c) || c == '(' || c == ')' || c == ';' || c == '/') {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
        lower |= Character.isLowerCase(c);
      }
    }
    return letters >= ALTERNATE_MIN_LETTERS && lower && TextFolder.isLatin(alt);
  }

  /** The bare name of a division: its folded key without a generic suffix or prefix, or null when none. */
  String core(String key) {
    String core = key;
    for (int round = 0; round < 2; round++) {
      String stripped = strip(core);
      if (stripped == null) {
        break;
      }
      core = stripped;
    }
    return core.equals(key) || core.isEmpty() ? null : core;
  }

  private String strip(String key) {
    for (Set<String> suffixes : List.of(cues.divisionSuffix, cues.divisionNameSuffix)) {
      for (String s : suffixes) {
        if (key.endsWith(" " + s) && key.length() > s.length() + 1) {
          return key.substring(0, key.length() - s.length() - 1);
        }
      }
    }
    for (String p : cues.divisionPrefix) {
      if (key.startsWith(p + " ") && key.length() > p.length() + 1) {
        return key.substring(p.length() + 1);
      }
    }
    return null;
  }

  /** Adds a name unless the same entry already has it from a stronger source. */
  private void add(String key, PlaceName name) {
    if (key.isEmpty()) {
      return;
    }
    List<PlaceName> list = names.computeIfAbsent(key, k -> new ArrayList<>(1));
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).place() == name.place()) {
        if (name.kind().ordinal() < list.get(i).kind().ordinal()) {
          list.set(i, name);
        }
        return;
      }
    }
    list.add(name);
  }

  /** A place's path under its parent, dropped when it repeats the parent ("Kazakhstan/Astana/Astana" → "Kazakhstan/Astana"). */
  static String join(String parentPath, String name) {
    int slash = parentPath.lastIndexOf('/');
    String last = slash < 0 ? parentPath : parentPath.substring(slash + 1);
    return TextFolder.key(last).equals(TextFolder.key(name)) ? parentPath : parentPath + "/" + name.replace('/', '-');
  }

  private static long parseLong(String s) {
    try {
      return s.isBlank() ? 0 : Long.parseLong(s.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
