package org.secsearch.indexer.generate.synthetic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.secsearch.indexer.enrich.Gazetteer;
import org.secsearch.indexer.enrich.Place;

/**
 * Where synthetic reports are set: the countries of countries.tsv in rank order, each with the first-level
 * divisions and cities the indexer's own gazetteer knows, divisions and cities ordered by population so that
 * draws are skewed the way reporting is (capitals and big provinces often, the long tail now and then).
 */
final class Atlas {
  static final String RESOURCE = "countries.tsv";
  private static final double COUNTRY_EXPONENT = 0.9;
  private static final double DIVISION_EXPONENT = 0.8;
  private static final double CITY_EXPONENT = 1.0;
  private static final String PLACE_CUES = "/org/secsearch/indexer/enrich/place-cues.txt";

  /** A city as the press names it. */
  record City(Place place, String name) {}

  /** A first-level division and how a report names it ("Nangarhar province", "Aktobe Region"). */
  record Division(Place place, String phrase, ZipfPicker<City> cities) {}

  /** A country with its adjective and its divisions and cities in rank order. */
  record Country(Place place, String name, String adjective, ZipfPicker<Division> divisions,
      ZipfPicker<City> cities) {}

  /** Where one report is set: the city where it happened, its division and country, and a second city. */
  record Scene(Country country, Division division, City city, City otherCity) {}

  private final ZipfPicker<Country> countries;

  private Atlas(List<Country> countries) {
    this.countries = ZipfPicker.of(countries, COUNTRY_EXPONENT);
  }

  /** Builds the atlas from countries.tsv over the gazetteer; a country without any usable city is left out. */
  static Atlas load(Gazetteer gazetteer) {
    Map<String, List<Place>> divisionsByCountry = new HashMap<>();
    Map<String, List<Place>> citiesByDivision = new HashMap<>();
    for (Place p : gazetteer.places()) {
      if (p.level() == Place.Level.ADMIN1) {
        divisionsByCountry.computeIfAbsent(p.countryCode(), k -> new ArrayList<>()).add(p);
      } else if (p.level() == Place.Level.PLACE && p.admin1Id() != null && usableName(p.name())) {
        citiesByDivision.computeIfAbsent(p.admin1Id(), k -> new ArrayList<>()).add(p);
      }
    }
    DivisionWords words = DivisionWords.load();
    List<Country> countries = new ArrayList<>();
    for (String[] row : ResourceSections.rows(RESOURCE, 3)) {
      Place country = gazetteer.place(row[0]).filter(p -> p.level() == Place.Level.COUNTRY)
          .orElseThrow(() -> new IllegalStateException(RESOURCE + ": unknown country code " + row[0]));
      List<Division> divisions = new ArrayList<>();
      List<City> allCities = new ArrayList<>();
      for (Place division : divisionsByCountry.getOrDefault(row[0], List.of())) {
        List<City> cities = rankedCities(citiesByDivision.getOrDefault(division.id(), List.of()));
        if (!cities.isEmpty()) {
          divisions.add(new Division(division, words.phrase(English.asciiName(division.name()), row[1]),
              ZipfPicker.of(cities, CITY_EXPONENT)));
          allCities.addAll(cities);
        }
      }
      if (divisions.isEmpty()) {
        continue;
      }
      divisions.sort(Comparator.comparingLong(Atlas::population).reversed()
          .thenComparing(d -> d.place().id()));
      allCities.sort(Comparator.comparingLong((City c) -> c.place().population()).reversed()
          .thenComparing(c -> c.place().id()));
      countries.add(new Country(country, English.asciiName(country.name()), row[2],
          ZipfPicker.of(divisions, DIVISION_EXPONENT), ZipfPicker.of(allCities, CITY_EXPONENT)));
    }
    return new Atlas(countries);
  }

  Scene pick(RandomGenerator rnd) {
    Country country = countries.pick(rnd);
    Division division = country.divisions().pick(rnd);
    City city = division.cities().pick(rnd);
    return new Scene(country, division, city, country.cities().pickOther(rnd, city));
  }

  List<Country> countries() {
    return countries.items();
  }

  private static List<City> rankedCities(List<Place> places) {
    List<City> cities = new ArrayList<>(places.size());
    for (Place p : places) {
      cities.add(new City(p, English.asciiName(p.name())));
    }
    cities.sort(Comparator.comparingLong((City c) -> c.place().population()).reversed()
        .thenComparing(c -> c.place().id()));
    return cities;
  }

  private static long population(Division d) {
    long sum = 0;
    for (City c : d.cities().items()) {
      sum += c.place().population();
    }
    return sum;
  }

  /** Names with digits or brackets are GeoNames bookkeeping ("Ward 3", "X (historical)"), not what reports say. */
  private static boolean usableName(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isDigit(c) || c == '(' || c == ')' || c == '/' || c == ',') {
        return false;
      }
    }
    return !English.asciiName(name).isEmpty();
  }

  /** The tagger's own division words (place-cues.txt), to tell "Aktobe Region" from a bare "Nangarhar". */
  private record DivisionWords(List<String> suffixes, List<String> prefixes) {
    static DivisionWords load() {
      Map<String, List<String>> cues = ResourceSections.sections(PLACE_CUES);
      List<String> suffixes = new ArrayList<>(cues.get("division-suffix"));
      suffixes.addAll(cues.get("division-name-suffix"));
      return new DivisionWords(strip(suffixes), strip(cues.get("division-prefix")));
    }

    private static List<String> strip(List<String> entries) {
      List<String> out = new ArrayList<>(entries.size());
      for (String e : entries) {
        int hash = e.indexOf('#');
        String word = (hash < 0 ? e : e.substring(0, hash)).strip().toLowerCase(Locale.ROOT);
        if (!word.isEmpty()) {
          out.add(word);
        }
      }
      return out;
    }

    /** The division's name with the country's word after it, unless the name already has a division word. */
    String phrase(String name, String countryWord) {
      String lower = name.toLowerCase(Locale.ROOT);
      for (String s : suffixes) {
        if (lower.endsWith(" " + s)) {
          return name;
        }
      }
      for (String p : prefixes) {
        if (lower.startsWith(p + " ")) {
          return name;
        }
      }
      return countryWord.isEmpty() ? name : name + " " + countryWord;
    }
  }
}
