package org.secsearch.indexer.generate.synthetic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.secsearch.indexer.enrich.Organization;
import org.secsearch.indexer.enrich.OrganizationAuthority;

/**
 * The organizations reports are about, from the indexer's own authority file: militant groups and security
 * bodies by home country, international militant networks and intergovernmental bodies. Within each list the
 * file's order is the rank (the file lists the major groups of a region first), drawn Zipf-like.
 */
final class Roster {
  /** How often a report's main group is one based in the report's country (if it has any) rather than abroad. */
  private static final double HOME_GROUP_SHARE = 0.75;
  /** How often the first mention uses one of the group's other names instead of its canonical one. */
  private static final double ALIAS_SHARE = 0.15;
  private static final double EXPONENT = 1.0;
  private static final Set<String> SECURITY_TYPES = Set.of("security_service", "police", "military");

  /** The organizations of one report: main group, a second group, a security body (or null), an international body. */
  record Cast(Named group, Named group2, Named agency, Named intl) {}

  /**
   * An organization with the names a report may give it.
   *
   * @param otherNames aliases as a text writes them, "the" included where the alias needs it
   * @param article whether the name takes "the" ("the Intelligence Bureau", but "Boko Haram")
   */
  record Named(Organization org, String name, List<String> otherNames, String acronym, boolean article) {
    /** First mention: a name, with the acronym in brackets when it has one ("... Province (ISKP)"). */
    String firstMention(RandomGenerator rnd) {
      String written = !otherNames.isEmpty() && rnd.nextDouble() < ALIAS_SHARE
          ? otherNames.get(rnd.nextInt(otherNames.size())) : article ? "the " + name : name;
      return acronym == null ? written : written + " (" + acronym + ")";
    }

    /** Later mentions: the acronym ("the ICC", but "NATO", read as a word), or the name again. */
    String laterMention() {
      if (acronym == null) {
        return article ? "the " + name : name;
      }
      return article && !readAsWord(acronym) ? "the " + acronym : acronym;
    }

    /** Acronyms with two vowels or more and four letters or more are spoken as words and take no article. */
    private static boolean readAsWord(String acronym) {
      int vowels = 0;
      for (int i = 0; i < acronym.length(); i++) {
        if ("AEIOU".indexOf(acronym.charAt(i)) >= 0) vowels++;
      }
      return vowels >= 2 && acronym.length() >= 4;
    }
  }

  private final Map<String, ZipfPicker<Named>> militantsByCountry = new HashMap<>();
  private final Map<String, ZipfPicker<Named>> securityByCountry = new HashMap<>();
  private final ZipfPicker<Named> militants;
  private final ZipfPicker<Named> international;

  private Roster(List<Organization> orgs, Set<String> institutionNouns) {
    Map<String, List<Named>> militant = new HashMap<>();
    Map<String, List<Named>> security = new HashMap<>();
    List<Named> allMilitants = new ArrayList<>();
    List<Named> intergovernmental = new ArrayList<>();
    for (Organization org : orgs) {
      Named named = named(org, institutionNouns);
      if (org.type().equals("militant")) {
        allMilitants.add(named);
        militant.computeIfAbsent(org.country(), k -> new ArrayList<>()).add(named);
      } else if (SECURITY_TYPES.contains(org.type()) && !org.country().isEmpty()) {
        security.computeIfAbsent(org.country(), k -> new ArrayList<>()).add(named);
      } else if (org.type().equals("intergovernmental")) {
        intergovernmental.add(named);
      }
    }
    militant.forEach((country, list) -> militantsByCountry.put(country, ZipfPicker.of(list, EXPONENT)));
    security.forEach((country, list) -> securityByCountry.put(country, ZipfPicker.of(list, EXPONENT)));
    this.militants = ZipfPicker.of(allMilitants, EXPONENT);
    this.international = ZipfPicker.of(intergovernmental, EXPONENT);
  }

  /** The roster over the authority file; {@code institutionNouns} are the head nouns that take "the". */
  static Roster load(OrganizationAuthority authority, List<String> institutionNouns) {
    return new Roster(authority.organizations(), Set.copyOf(institutionNouns));
  }

  /** The cast of a report set in {@code countryCode}. */
  Cast pick(String countryCode, RandomGenerator rnd) {
    ZipfPicker<Named> home = militantsByCountry.get(countryCode);
    Named group = home != null && rnd.nextDouble() < HOME_GROUP_SHARE ? home.pick(rnd) : abroad(rnd);
    Named group2 = home != null && home.items().size() > 1 && rnd.nextBoolean()
        ? home.pickOther(rnd, group) : militants.pickOther(rnd, group);
    ZipfPicker<Named> security = securityByCountry.get(countryCode);
    return new Cast(group, group2, security == null ? null : security.pick(rnd), international.pick(rnd));
  }

  /** A group from outside the country: a global network (no home country) or any group, evenly. */
  private Named abroad(RandomGenerator rnd) {
    ZipfPicker<Named> networks = militantsByCountry.get("");
    return networks != null && rnd.nextBoolean() ? networks.pick(rnd) : militants.pick(rnd);
  }

  /**
   * The names a text may use: the canonical name without its "(Country)" qualifier, aliases and acronyms not
   * marked '?' (those need more context than a generated text guarantees).
   */
  private static Named named(Organization org, Set<String> institutionNouns) {
    List<String> others = new ArrayList<>();
    for (String alias : org.aliases()) {
      if (!alias.endsWith("?") && !alias.contains("(")) {
        others.add(takesArticle(alias, institutionNouns) ? "the " + alias : alias);
      }
    }
    String acronym = null;
    for (String a : org.acronyms()) {
      if (!a.endsWith("?")) {
        acronym = a;
        break;
      }
    }
    return new Named(org, org.baseName(), List.copyOf(others), acronym, takesArticle(org.baseName(), institutionNouns));
  }

  /** Whether the head of a name (up to "of", "in", "for", "against") ends in an institution noun. */
  static boolean takesArticle(String name, Set<String> institutionNouns) {
    String head = name;
    for (String cut : List.of(" of ", " in ", " for ", " against ")) {
      int at = head.indexOf(cut);
      if (at > 0) {
        head = head.substring(0, at);
      }
    }
    String last = head.substring(head.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
    return !head.toLowerCase(java.util.Locale.ROOT).startsWith("the ") && institutionNouns.contains(last);
  }
}
