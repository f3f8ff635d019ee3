package org.secsearch.indexer.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Reads the OFAC SDGT/FTO entity list and keeps the GROUPS: militant, terrorist or insurgent organizations, not the
 * banks, companies, charity fronts, media outlets, airlines and ministries also listed. The rule, stated once:
 * an entity whose primary name carries a commercial, charitable, media or state word (BANK, LTD, COMPANY, TRUST,
 * FOUNDATION, RELIEF, WELFARE, TV, MINISTRY...) is not a group; otherwise it is a group when it is FTO-designated,
 * when its name carries a strong militant word (ARMY, BRIGADE, BATTALION, JAMAAT, LASHKAR, TALIBAN...), or
 * when it carries a weaker one (GROUP, NETWORK, MOVEMENT, PARTY...) and neither its aliases look commercial nor
 * its programs are Iranian economic sanctions only (IFSR, NPWMD, IRGC without FTO).
 */
public final class OfacGroups {
  /** One listed entity: primary name, aliases, programs and the ISO codes of its address countries. */
  public record Entity(String id, String name, List<String> aliases, Set<String> programs, List<String> countries) {}

  private static final Set<String> NOT_GROUP = words("BANK LTD LTD. LIMITED PLC SAL S.A.L. SARL S.A.R.L. LLC"
      + " L.L.C. FZE FZC FZCO GMBH COMPANY CO CO. CORP CORP. INC INC. TRADING EXCHANGE HOLDING HOLDINGS INVESTMENT"
      + " INVESTMENTS AIRLINES AIRWAYS AVIATION AIRCOMPANY FOUNDATION TRUST CHARITY CHARITABLE RELIEF SOCIETY"
      + " INSTITUTE UNIVERSITY MADRASSA TV RADIO MEDIA SUPERMARKET TRAVEL TOURISM FUND STICHTING BRANCH ENGINEERS"
      + " ENGINEERING PHARM PHARMACEUTICAL SHIP SHIPPING INSURANCE MARITIME EIRELI INDUSTRY INDUSTRIES INDUSTRIAL"
      + " LOGISTICS PETROCHEMICAL PETROCHEMICALS OIL CEMENT STEEL ZINC MINING MINES ELECTRONIC ELEKTRONIK"
      + " CONSULTANT CONSULTANTS PROPERTIES FOODS CONSTRUCTION MONEY JEWELRY DIAMOND FASHION WELFARE TRADERS"
      + " MANAGEMENT PROJECT PROJECTS MINISTRY BAKERIES SWEETS GALERIA CASA PARK RESORT SERVICES IMPORT EXPORT"
      + " BROKERAGE LEASING E-COMMERCE CLUB BVBA NV SPRL S.A. A.S. PTY FINANCIAL RECONSTRUCTION ESTABLISHMENT");
  private static final Set<String> STRONG = words("ARMY ARMIES FRONT BRIGADE BRIGADES BATTALION BATTALIONS"
      + " MUJAHIDEEN MUJAHIDIN ISIS ISIL QA'IDA JAMA'AT JAMAAT JAMAAH JEMAA JEMMAH JAMA'A JAMA'ATU HARAKAT ANSAR"
      + " ANSARU ANSARUL JUND JAYSH JAISH JAISH-I-MOHAMMED LASHKAR KATA'IB KATIBAT LIWA SARAYA TALIBAN EMIRATE"
      + " DIVISION REGIMENT IRA STRUGGLE REVOLUTIONARIES VOLUNTEERS VOLUNTEER DEFENDERS FORCE FORCES NUCLEI HURRAS"
      + " TEHRIK-E HIZB HIZBUL HIZBALLAH HAMAS HASM ASBAT FATAH AJNAD MAJELIS KHALSA HAQQANI BOKO AL-SHABAAB"
      + " ASA'IB NUJABA MARQUETALIA");
  private static final Set<String> WEAK = words("GROUP NETWORK MOVEMENT PARTY FEDERATION DEFENCE DEFENSE");
  private static final Set<String> ECONOMIC_PROGRAMS = words("IFSR NPWMD IRGC");

  private OfacGroups() {}

  /** Every entity of the TSV (ent_num, primary_name, programs, aliases, address_countries). */
  public static List<Entity> read(Path tsv) {
    try {
      List<Entity> out = new ArrayList<>();
      for (String line : Files.readAllLines(tsv).subList(1, Files.readAllLines(tsv).size())) {
        String[] c = line.split("\t", -1);
        List<String> aliases = new ArrayList<>();
        for (String a : c[3].split("\\|")) {
          int colon = a.indexOf(':');
          if (colon > 0) {
            aliases.add(a.substring(colon + 1).strip());
          }
        }
        List<String> countries = c.length > 4 && !c[4].isBlank()
            ? org.secsearch.indexer.enrich.CountryNames.get().isoCodes(Arrays.asList(c[4].split("\\|")))
            : List.of();
        out.add(new Entity(c[0], c[1].strip(), aliases, words(c[2].replace(';', ' ')), countries));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rule of the class comment. */
  public static boolean isGroup(Entity e) {
    if (anyWord(e.name(), NOT_GROUP)) {
      return false;
    }
    if (e.programs().contains("FTO") || anyWord(e.name(), STRONG)) {
      return true;
    }
    boolean commercialAlias = e.aliases().stream().anyMatch(a -> anyWord(a, NOT_GROUP));
    boolean economicOnly = e.programs().stream().anyMatch(ECONOMIC_PROGRAMS::contains);
    return anyWord(e.name(), WEAK) && !commercialAlias && !economicOnly;
  }

  private static boolean anyWord(String name, Set<String> words) {
    String upper = name.toUpperCase(java.util.Locale.ROOT);
    if (words == STRONG && upper.contains("ISLAMIC STATE")) {
      return true;
    }
    for (String w : upper.split("[\\s/,()-]+")) {
      if (words.contains(w) || words.contains(w.replaceAll("^AL-", ""))) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> words(String s) {
    return Set.copyOf(Arrays.asList(s.strip().split("\\s+")));
  }
}
