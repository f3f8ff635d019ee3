package org.secsearch.indexer.enrich;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The groups of names that mean one thing, from the enrichment data users already maintain: each organization
 * of the authority file (canonical name, acronyms, aliases) and each curated place of places.tsv (display name
 * and aliases). Search uses them so a query for any name also finds the others ({@code IMU} ⇔
 * {@code Islamic Movement of Uzbekistan}, {@code Aqtobe} ⇔ {@code Aktyubinsk}); one file feeds both tagging
 * and search, so they never disagree.
 */
public final class NameGroups {
  private NameGroups() {}

  /**
   * One thing's names: {@code names} match in any case; {@code acronyms} (a subset of names) stand for the
   * group only when written as in the file ("IMU", "LeT"), as the tagger reads them — "let" is a word.
   */
  public record Group(List<String> names, List<String> acronyms) {
    public Group {
      names = List.copyOf(names);
      acronyms = List.copyOf(acronyms);
    }
  }

  /** Groups from the bundled authority file and places layer. */
  public static List<Group> standard() {
    List<Group> groups = new ArrayList<>();
    NameWords words = NameWords.standard();
    for (Organization org : OrganizationAuthority.load(List.of()).organizations()) {
      Set<String> names = new LinkedHashSet<>();
      List<String> acronyms = new ArrayList<>();
      names.add(org.baseName());
      for (String a : org.acronyms()) {
        // Acronyms that are also words in capitals ("IS", "IN") would turn a search for the word into the group's.
        if (usable(a) && !words.in(NameWords.Section.ACRONYM_WORDS, a.toUpperCase(Locale.ROOT))) {
          names.add(a);
          acronyms.add(a);
        }
      }
      for (String a : org.aliases()) {
        if (usable(a)) names.add(a);
      }
      if (names.size() > 1) groups.add(new Group(new ArrayList<>(names), acronyms));
    }
    for (AliasLayer.Entry e : AliasLayer.load(AliasLayer.RESOURCE).entries()) {
      Set<String> names = new LinkedHashSet<>();
      if (e.display() != null) names.add(e.display());
      for (String a : e.aliases()) {
        if (usable(a)) names.add(a);
      }
      if (names.size() > 1) groups.add(new Group(new ArrayList<>(names), List.of()));
    }
    return groups;
  }

  /** Names marked '?' hold only when the report names the entry's country: too loose for search. */
  private static boolean usable(String name) {
    return name.length() >= 2 && !name.endsWith("?");
  }
}
