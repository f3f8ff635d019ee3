package org.secsearch.indexer.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Picks the entry an alias or acronym means in one document. A name used by one entry means that entry (unless it
 * is marked as needing context); a name several entries share ("National Security Committee", "MVD") means the one
 * whose country the document mentions, the most-named country breaking a tie; failing that the international entry.
 * When nothing decides, the mention is skipped: a wrong organization is worse than a missing one.
 */
final class CandidateResolver {
  private final Set<String> contextCountries;
  private final Set<String> evidence = new java.util.HashSet<>();
  private final TextTokens tokens;
  private Map<String, Integer> countryMentions;

  CandidateResolver(Set<String> contextCountries, TextTokens tokens) {
    this.contextCountries = contextCountries;
    this.tokens = tokens;
  }

  /**
   * Records an organization found in the document: its country becomes second-rank context, so "National Guard"
   * in a report that also names the Salvadoran Army means El Salvador's even when no country is named.
   */
  void addEvidence(Organization org) {
    if (!org.country().isEmpty()) {
      evidence.add(org.country());
    }
  }

  /** The entry meant, or null: decided by the caller's countries first, then by the document's organizations. */
  Organization resolve(List<OrganizationAuthority.Candidate> candidates) {
    if (candidates.isEmpty()) {
      return null;
    }
    Organization org = resolve(candidates, contextCountries);
    if (org == null && !evidence.isEmpty() && !contextCountries.containsAll(evidence)) {
      Set<String> wider = new java.util.HashSet<>(contextCountries);
      wider.addAll(evidence);
      org = resolve(candidates, wider);
    }
    if (org != null) {
      addEvidence(org);
    }
    return org;
  }

  private Organization resolve(List<OrganizationAuthority.Candidate> candidates, Set<String> context) {
    List<Organization> usable = new ArrayList<>(candidates.size());
    for (OrganizationAuthority.Candidate c : candidates) {
      if (!c.needsContext() || inContext(c.org(), context)) {
        usable.add(c.org());
      }
    }
    if (usable.size() <= 1) {
      return usable.isEmpty() ? null : usable.get(0);
    }
    List<Organization> inContext = usable.stream().filter(o -> inContext(o, context)).toList();
    if (inContext.size() == 1) {
      return inContext.get(0);
    }
    if (inContext.size() > 1) {
      return mostNamedCountry(inContext);
    }
    List<Organization> international = usable.stream().filter(o -> !o.qualified() && o.country().isEmpty()).toList();
    if (international.size() == 1) {
      return international.get(0);
    }
    List<Organization> unqualified = usable.stream().filter(o -> !o.qualified()).toList();
    return unqualified.size() == 1 ? unqualified.get(0) : null;
  }

  private static boolean inContext(Organization org, Set<String> context) {
    return !org.country().isEmpty() && context.contains(org.country());
  }

  private Organization mostNamedCountry(List<Organization> orgs) {
    if (countryMentions == null) {
      countryMentions = CountryNames.get().mentions(tokens);
    }
    Organization best = null;
    int bestCount = -1;
    boolean tie = false;
    for (Organization o : orgs) {
      int n = countryMentions.getOrDefault(o.country(), 0);
      if (n > bestCount) {
        best = o;
        bestCount = n;
        tie = false;
      } else if (n == bestCount && !o.country().equals(best.country())) {
        tie = true;
      }
    }
    return tie ? null : best;
  }
}
