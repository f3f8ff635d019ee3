package org.secsearch.indexer.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.secsearch.indexer.enrich.OrganizationTagger;
import org.secsearch.indexer.enrich.Tag;

/**
 * Coverage of the authority file against the OFAC-listed groups ({@link OfacGroups} says which entities are
 * groups): a sentence naming the group by its primary name must yield an authority entry spanning that name.
 */
class OfacCoverageTest {
  @Test
  void theAuthorityFileKnowsTheListedGroups() throws Exception {
    Path tsv = Path.of(System.getProperty("secsearch.shared", "../../shared"), "data", "orgs",
        "terrorism-listed-entities.tsv");
    Assumptions.assumeTrue(Files.isRegularFile(tsv), "shared/data/orgs absent, skipping");
    OrganizationTagger tagger = OrganizationTagger.standard();
    List<OfacGroups.Entity> groups = OfacGroups.read(tsv).stream().filter(OfacGroups::isGroup).toList();
    List<String> missed = new ArrayList<>();
    for (OfacGroups.Entity g : groups) {
      String prefix = "Officials said the ";
      // "RAJAH SOLAIMAN MOVEMENT (RSM)": the list's own acronym in brackets is not part of the name
      String name = g.name().replaceAll("\\s*\\([^)]*\\)\\s*", " ").strip();
      String sentence = prefix + name + " claimed the attack.";
      Set<String> context = new HashSet<>(g.countries());
      List<Tag> tags = tagger.tag(sentence, context);
      boolean found = tags.stream().anyMatch(t -> !t.rule().equals(OrganizationTagger.DISCOVERED)
          && t.start() <= prefix.length() + 4 && t.end() >= prefix.length() + name.length() - 4);
      if (!found) {
        missed.add(g.id() + " " + name + " -> " + tags);
      }
    }
    double coverage = 1 - (double) missed.size() / groups.size();
    System.out.printf(Locale.ROOT, "OFAC groups covered: %d/%d = %.3f%n", groups.size() - missed.size(),
        groups.size(), coverage);
    missed.forEach(m -> System.out.println("  not covered: " + m));
    assertThat(coverage).isGreaterThanOrEqualTo(0.95);
  }
}
