package org.secsearch.indexer.generate.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.secsearch.indexer.enrich.ResourceLines;

/**
 * The news outlets a synthetic report cites in brackets ("(Reuters, March 4)"): the outlets the source tagger
 * knows (its sources.tsv), mostly the international agencies and broadcasters, as real reporting does, and now
 * and then any other outlet of the list.
 */
final class CitedSources {
  private static final String RESOURCE = "/org/secsearch/indexer/enrich/sources.tsv";
  /** The sources.tsv section comment ("# --- international agencies and broadcasters ---") of the big outlets. */
  private static final String INTERNATIONAL = "international";
  private static final double INTERNATIONAL_SHARE = 0.7;

  private final ZipfPicker<String> international;
  private final ZipfPicker<String> all;

  private CitedSources(List<String> international, List<String> all) {
    this.all = ZipfPicker.of(all, 0);
    this.international = international.isEmpty() ? this.all : ZipfPicker.of(international, 1.0);
  }

  /** Reads the outlets (kind "outlet") of sources.tsv, remembering which stand in its international section. */
  static CitedSources load() {
    List<String> international = new ArrayList<>();
    List<String> all = new ArrayList<>();
    boolean inInternational = false;
    for (String line : ResourceLines.rawLines(RESOURCE)) {
      if (line.startsWith("# ---")) {
        inInternational = line.contains(INTERNATIONAL);
        continue;
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (cells.length > 1 && cells[1].strip().equals("outlet")) {
        all.add(cells[0].strip());
        if (inInternational) {
          international.add(cells[0].strip());
        }
      }
    }
    return new CitedSources(international, all);
  }

  String pick(RandomGenerator rnd) {
    return rnd.nextDouble() < INTERNATIONAL_SHARE ? international.pick(rnd) : all.pick(rnd);
  }
}
