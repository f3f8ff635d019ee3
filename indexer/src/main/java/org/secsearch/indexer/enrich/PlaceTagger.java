package org.secsearch.indexer.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the countries, first-level divisions and places a report names and files each under its region path
 * "Country/Province/Place" (the REGION facet), plus the places where it says incidents happened.
 * Immutable and thread-safe; use {@link #standard()}.
 */
public final class PlaceTagger {
  private final Gazetteer gazetteer;
  private final MentionFinder finder;
  private final MentionResolver resolver;
  private final PlacePairer pairer;
  private final IncidentSpotter spotter;

  PlaceTagger(Gazetteer gazetteer, PlaceCues cues) {
    this.gazetteer = gazetteer;
    this.finder = new MentionFinder(gazetteer, cues);
    this.resolver = new MentionResolver();
    this.pairer = new PlacePairer(cues);
    this.spotter = new IncidentSpotter(cues);
  }

  private static final class Holder {
    static final PlaceTagger STANDARD = new PlaceTagger(Gazetteer.standard(), PlaceCues.standard());
  }

  /** The shared tagger over the standard gazetteer; the first call loads it (about a second). */
  public static PlaceTagger standard() {
    return Holder.STANDARD;
  }

  /** Tags one report's text. */
  public PlaceTags tag(String text) {
    Tokens tokens = Tokens.borrow(text);
    try {
      List<Mention> mentions = finder.find(tokens);
      resolver.resolve(tokens, mentions);
      pairer.pair(tokens, mentions);
      List<Tag> tags = new ArrayList<>();
      for (Mention m : mentions) {
        if (m.accepted) {
          tags.add(new Tag(m.place().path(), tokens.start(m.spanFirst), tokens.end(m.spanLast), m.rule()));
        }
      }
      return new PlaceTags(tags, spotter.spot(tokens, mentions));
    } finally {
      tokens.release();
    }
  }

  /** ISO2 codes of the countries among the tags' paths, for taggers that use countries as context. */
  public Set<String> countryCodes(PlaceTags tags) {
    Set<String> codes = new TreeSet<>();
    for (Tag tag : tags.mentions()) {
      gazetteer.countryCode(tag.value()).ifPresent(codes::add);
    }
    return codes;
  }

  /** The gazetteer this tagger reads. */
  public Gazetteer gazetteer() {
    return gazetteer;
  }
}
