package org.secsearch.indexer.enrich;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the place phrases that locate a small place inside a division — "the village of Shubarshi in Aktobe
 * Province", "Apopa, San Salvador Department", "Balkhash in Qaraghandy region" — so a place the gazetteer
 * lacks is filed under the division, and an ambiguous one takes the reading inside it.
 */
final class PlacePairer {
  /** Longest name of an unknown place read from the text, in tokens. */
  private static final int MAX_NAME_TOKENS = 4;

  private final PlaceCues cues;

  PlacePairer(PlaceCues cues) {
    this.cues = cues;
  }

  /** Pairs places with the divisions after them; adds mentions for places the gazetteer lacks. */
  void pair(Tokens t, List<Mention> mentions) {
    List<Mention> added = new ArrayList<>();
    for (Mention division : mentions) {
      if (division.accepted && division.place().level() == Place.Level.ADMIN1 && division.spanFirst > 1) {
        pairBefore(t, mentions, division, added);
      }
    }
    if (!added.isEmpty()) {
      mentions.addAll(added);
      mentions.sort((a, b) -> Integer.compare(a.spanFirst, b.spanFirst));
    }
  }

  private void pairBefore(Tokens t, List<Mention> mentions, Mention division, List<Mention> added) {
    int d = division.spanFirst;
    boolean viaIn = t.key(d - 1).equals("in") && t.plainGap(d);
    boolean viaComma = !viaIn && t.commaBefore(d);
    if (!viaIn && !viaComma) {
      return;
    }
    int end = viaIn ? d - 2 : d - 1;
    if (end < 0 || (viaIn && !t.plainGap(d - 1)) || !nameLike(t, end, true)) {
      return;
    }
    int start = end;
    while (start > 0 && end - start + 1 < MAX_NAME_TOKENS && t.joinable(start) && nameLike(t, start - 1, false)) {
      start--;
    }
    while (start < end && !nameLike(t, start, true)) {
      start++; // a name does not open with a particle ("de", "la")
    }
    boolean introduced = start >= 2 && t.key(start - 1).equals("of") && cues.placeIntro.contains(t.key(start - 2));
    Mention existing = mentionEndingAt(mentions, end);
    Place inside = division.place();
    if (existing != null && existing.spanFirst >= start - 1) {
      for (PlaceName n : existing.names) {
        if (n.place() != inside && n.place().within(inside) && n.place().level() == Place.Level.PLACE) {
          existing.chosen = n;
          existing.accepted = true; // the division vouches for it
          return;
        }
      }
    }
    boolean boundary = start == 0 || t.commaBefore(start) || t.sentenceStart(start)
        || cues.preposition.contains(t.key(start - 1)) || t.gapHas(start, '(');
    if (!introduced && !(viaComma && division.divisionForm && boundary)) {
      return;
    }
    if (existing != null && existing.spanFirst >= start - 1) {
      existing.accepted = false;
    }
    Place place = Gazetteer.inside(inside, display(t, start, end));
    Mention m = new Mention(start, end, new PlaceName[] {new PlaceName(place, PlaceName.Kind.OFFICIAL, false)});
    m.chosen = m.names[0];
    m.paired = true;
    m.accepted = true;
    added.add(m);
  }

  /** True for a token that can be part of a place name: capitalised (any word in upper-case copy), no cue word. */
  private boolean nameLike(Tokens t, int i, boolean edge) {
    String key = t.key(i);
    if (!Character.isLetter(key.isEmpty() ? '0' : key.charAt(0)) || cues.notSurname.contains(key)
        || cues.preposition.contains(key) || cues.placeIntro.contains(key) || cues.incident.contains(key)
        || cues.title.contains(key) || cues.divisionSuffix.contains(key)) {
      return false;
    }
    if (t.upperCase()) {
      return true;
    }
    return t.capitalised(i) || (!edge && key.length() <= 3); // "San Luis de la Reina"
  }

  private static Mention mentionEndingAt(List<Mention> mentions, int end) {
    for (Mention m : mentions) {
      if (m.spanLast == end) {
        return m;
      }
    }
    return null;
  }

  /** The place's name as written; upper-case copy is set in title case ("SAN CARLOS" → "San Carlos"). */
  private static String display(Tokens t, int start, int end) {
    String raw = t.text().substring(t.start(start), t.end(end)).replaceAll("\\s+", " ");
    if (!t.upperCase()) {
      return raw;
    }
    StringBuilder sb = new StringBuilder(raw.length());
    boolean wordStart = true;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      sb.append(wordStart ? Character.toUpperCase(c) : Character.toLowerCase(c));
      wordStart = !Character.isLetterOrDigit(c) && !TextFolder.isApostrophe(c);
    }
    return sb.toString();
  }
}
