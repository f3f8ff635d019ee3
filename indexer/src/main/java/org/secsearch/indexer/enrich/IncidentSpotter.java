package org.secsearch.indexer.enrich;

import java.util.ArrayList;
import java.util.List;

/**
 * Picks, among a report's accepted places, those the text says an incident took place in: the dateline
 * place, and a place after "in/near/at" (possibly through "the village of") in a sentence with an incident
 * word ("attacked", "exploded", "killed").
 */
final class IncidentSpotter {
  /** How far, in tokens, an incident word may stand from the place within its sentence. */
  private static final int WINDOW = 25;
  /** How many tokens ("the village of") may stand between the preposition and the place. */
  private static final int MAX_LEAD = 4;

  private final PlaceCues cues;

  IncidentSpotter(PlaceCues cues) {
    this.cues = cues;
  }

  List<Tag> spot(Tokens t, List<Mention> mentions) {
    List<Tag> incidents = new ArrayList<>();
    for (Mention m : mentions) {
      if (!m.accepted) {
        continue;
      }
      if (m.dateline) {
        incidents.add(tag(t, m, "dateline"));
      } else if (locative(t, m, mentions) && incidentWordNear(t, m)) {
        incidents.add(tag(t, m, "incident"));
      }
    }
    return incidents;
  }

  private static Tag tag(Tokens t, Mention m, String rule) {
    return new Tag(m.place().path(), t.start(m.spanFirst), t.end(m.spanLast), rule);
  }

  /**
   * True when a locative preposition leads to the place: "in Aktobe", "near the town of Balkhash",
   * "in the village of Shubarshi in Aktobe Province" (the province through the place it contains).
   */
  private boolean locative(Tokens t, Mention m, List<Mention> mentions) {
    int k = m.spanFirst - 1;
    for (int lead = 0; k >= 0 && lead <= MAX_LEAD; lead++, k--) {
      String key = t.key(k);
      if (cues.locative.contains(key)) {
        return true;
      }
      if (t.sentenceStart(k + 1) || !(key.equals("the") || key.equals("of") || cues.placeIntro.contains(key))) {
        break;
      }
    }
    // "Shubarshi in Aktobe Province": the division inherits the locative of the place it locates.
    if (m.spanFirst >= 2 && t.key(m.spanFirst - 1).equals("in")) {
      for (Mention inner : mentions) {
        if (inner != m && inner.accepted && inner.spanLast == m.spanFirst - 2) {
          return locative(t, inner, mentions);
        }
      }
    }
    return false;
  }

  private boolean incidentWordNear(Tokens t, Mention m) {
    for (int k = m.spanFirst - 1; k >= Math.max(0, m.spanFirst - WINDOW); k--) {
      if (PlaceCues.phraseAt(t, k, cues.incident) > 0) {
        return true;
      }
      if (t.sentenceStart(k)) {
        break;
      }
    }
    for (int k = m.spanLast + 1; k < Math.min(t.size(), m.spanLast + WINDOW); k++) {
      if (t.sentenceStart(k)) {
        break;
      }
      if (PlaceCues.phraseAt(t, k, cues.incident) > 0) {
        return true;
      }
    }
    return false;
  }
}
