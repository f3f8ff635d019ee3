package org.secsearch.indexer.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.secsearch.indexer.enrich.NameFolder;
import org.secsearch.indexer.enrich.OrganizationTagger;
import org.secsearch.indexer.enrich.Tag;

/**
 * Perpetrator recall on the MUC-3/4 corpus: for every key fill that names an organization, is that organization
 * among the organization values of the message? Fills that only describe ("ARMED FORCES", "DEATH SQUADS",
 * "CRISTIANI GOVERNMENT") are not names and are left out. Prints recall and tagging speed per split.
 */
class MucPerpetratorRecallTest {
  /** Words that describe rather than name a perpetrator; an alternative made only of these is not a name. */
  private static final Set<String> GENERIC = Set.copyOf(java.util.Arrays.asList(("THE A AN OF AND IN ARMY ARMIES ARMED FORCES FORCE FOCES MILITARY"
      + " POLICE GUERRILLA GUERRILLAS DEATH SQUAD SQUADS MAFIA MAFIAS DRUG DRUGS TRAFFICKING TRAFFICKERS CARTEL"
      + " CARTELS COCAINE REBEL REBELS TERRORIST TERRORISTS GROUP GROUPS GROUPING ORGANIZATION ORGANIZATIONS AIR"
      + " HIGH COMMAND GENERAL STAFF SECURITY SERVICES SERVICE INTELLIGENCE SECTORS EXTREME RIGHTIST LEFTIST"
      + " RIGHTWING RIGHT-WING ULTRARIGHTIST ULTRALEFTIST FASCIST CRIMINAL NARCOTICS NARCOTICS-TRAFFICKING"
      + " NARCOMILITARY PARAMILITARY SUBVERSIVE CLANDESTINE UNITS UNIT PATROL CELL COLUMN COMMUNISTS MAOISTS MAOIST"
      + " LEFT RIGHT FAR SINISTER CORPS REPRESSIVE ASSASSINATION ELITE DEPARTMENT GANGS RINGS INFANTRY BRIGADE"
      + " DETACHMENT NO DRUG-TRAFFICKING MILITARY DICTATORSHIP NATIONAL ENGINEERS' FIGHTERS SCHOOL OFFICERS"
      + " SALVADORAN COLOMBIAN HONDURAN GUATEMALAN PERUVIAN CHILEAN BOLIVIAN NICARAGUAN CUBAN U.S. US LIBYAN"
      + " SANDINIST PRO-CASTRIST MARXIST COMMANDO TOP").split(" ")));
  /** Words that make an alternative a government or a person's following, not an organization's name. */
  private static final Set<String> NOT_AN_ORGANIZATION = Set.of(("GOVERNMENT REGIME ADMINISTRATION TROOPS FACTION"
      + " EMBASSY GANG COMMUNISTS").split(" "));

  @ParameterizedTest(name = "{0}")
  @CsvSource({"dev, 0.93", "tst1, 0.90", "tst2, 0.90"})
  void findsTheNamedPerpetratorOrganizations(String split, double floor) throws IOException {
    Path muc = Path.of(System.getProperty("secsearch.shared", "../../shared"), "data", "muc");
    Assumptions.assumeTrue(Files.isDirectory(muc.resolve("keys")), "shared/data/muc absent, skipping");
    OrganizationTagger tagger = OrganizationTagger.standard();
    Map<String, List<MucPerpetratorKeys.Fill>> byMessage = new LinkedHashMap<>();
    for (MucPerpetratorKeys.Fill f : MucPerpetratorKeys.read(muc.resolve("keys"), split)) {
      if (named(f)) {
        byMessage.computeIfAbsent(f.messageId(), k -> new ArrayList<>()).add(f);
      }
    }
    int fills = 0;
    int found = 0;
    long chars = 0;
    long nanos = 0;
    List<String> misses = new ArrayList<>();
    for (Map.Entry<String, List<MucPerpetratorKeys.Fill>> e : byMessage.entrySet()) {
      String text = MucPerpetratorKeys.text(MucPerpetratorKeys.xhtmlOf(muc, e.getKey()));
      Set<String> countries = ContextCountries.of(text);
      long t0 = System.nanoTime();
      List<Tag> tags = tagger.tag(text, countries);
      nanos += System.nanoTime() - t0;
      chars += text.length();
      Set<String> values = new LinkedHashSet<>();
      tags.forEach(t -> values.add(t.value()));
      Set<List<String>> seen = new LinkedHashSet<>();
      for (MucPerpetratorKeys.Fill f : e.getValue()) {
        if (!seen.add(f.alternatives())) {
          continue; // the same perpetrator in several templates of one message counts once
        }
        fills++;
        if (satisfied(tagger, f, values, countries)) {
          found++;
        } else {
          misses.add(e.getKey() + " " + f.alternatives() + " got " + values);
        }
      }
    }
    double recall = fills == 0 ? 0 : (double) found / fills;
    System.out.printf(Locale.ROOT, "MUC %s perpetrator recall: %d/%d = %.3f over %d messages; tagging %.1f MB/s%n",
        split.toUpperCase(Locale.ROOT), found, fills, recall, byMessage.size(), chars / 1e6 / (nanos / 1e9));
    Path report = Path.of("target", "muc-perp-misses-" + split + ".txt");
    Files.createDirectories(report.getParent());
    Files.write(report, misses);
    assertThat(recall).isGreaterThanOrEqualTo(floor);
  }

  /** True when some alternative of the fill is a name, not only generic description. */
  static boolean named(MucPerpetratorKeys.Fill f) {
    return f.alternatives().stream().anyMatch(MucPerpetratorRecallTest::namedAlternative);
  }

  private static boolean namedAlternative(String alternative) {
    String[] words = alternative.replaceAll("[\\[\\]()\",]", " ").strip().split("\\s+");
    boolean specific = false;
    for (String w : words) {
      String bare = w.endsWith("'S") ? w.substring(0, w.length() - 2) : w.replaceAll("'$", "");
      if (NOT_AN_ORGANIZATION.contains(bare) || w.endsWith("'S")) {
        return false;
      }
      specific |= !GENERIC.contains(bare) && !bare.matches("\\d+(ST|ND|RD|TH|D)?");
    }
    return specific;
  }

  /** The fill is found when an alternative resolves to a value of the message, or a value contains a named one. */
  private static boolean satisfied(OrganizationTagger tagger, MucPerpetratorKeys.Fill f, Set<String> values,
      Set<String> countries) {
    for (String alternative : f.alternatives()) {
      for (String v : tagger.values(alternative, countries)) {
        if (values.contains(v)) {
          return true; // any alternative of a named fill may be the form the text uses ("SALVADORAN ARMY")
        }
      }
      if (!namedAlternative(alternative)) {
        continue;
      }
      String alt = " " + fold(alternative).replaceFirst("^the ", "") + " ";
      if (values.stream().anyMatch(v -> (" " + fold(v) + " ").contains(alt))) {
        return true;
      }
    }
    return false;
  }

  private static String fold(String s) {
    return NameFolder.lowerAscii(s).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
