package org.secsearch.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.secsearch.bench.BenchQuery.Dim;
import org.secsearch.bench.BenchQuery.Filter;
import org.secsearch.bench.BenchQuery.Kind;

/**
 * Makes the fixed query mix from an index, deterministically (same index, same mix): common words at a spread of
 * document frequencies, pairs that really occur together, frequent two-word phrases, OR pairs, rare words; each
 * query with 0–3 filters on the top countries, organizations and years, chosen so it still matches something.
 */
public final class QueryMixMaker {
  /** Reports whose words are counted: enough for stable word and phrase frequencies, quick at any index size. */
  static final int SAMPLE = 2_000;
  /** Values per filter dimension the mix draws on. */
  static final int TOP_VALUES = 5;
  private static final int[] TERM_RANKS = {0, 2, 5, 10, 20, 40};
  private static final int[] AND_RANKS = {1, 4, 8, 16, 32, 64};
  private static final int[][] OR_RANKS = {{3, 30}, {7, 60}, {12, 90}, {25, 150}, {50, 200}};
  private static final int PHRASES = 4, RARE = 4, RARE_SPACING = 7;
  /** A pair "occurs together" when at least this share of the rarer word's reports also hold the other. */
  private static final double TOGETHER = 0.25;

  private final IndexReaders index;
  private final MixCounter counter;

  private QueryMixMaker(IndexReaders index) {
    this.index = index;
    this.counter = new MixCounter(index);
  }

  /** The mix for the index at {@code indexDir}. */
  public static List<BenchQuery> make(Path indexDir) throws IOException {
    try (IndexReaders index = new IndexReaders(indexDir)) {
      return new QueryMixMaker(index).make();
    }
  }

  private List<BenchQuery> make() throws IOException {
    WordSample sample = WordSample.of(index.reader, SAMPLE);
    List<String> common = common(sample);
    List<BenchQuery> bare = new ArrayList<>();
    for (int r : TERM_RANKS) {
      if (r < common.size()) bare.add(query(Kind.TERM, List.of(common.get(r))));
    }
    Set<String> partners = new HashSet<>();
    for (int r : AND_RANKS) {
      if (r >= common.size()) continue;
      String partner = partner(common, r, partners);
      if (partner != null) bare.add(query(Kind.AND, List.of(common.get(r), partner)));
    }
    for (List<String> phrase : phrases(sample)) bare.add(query(Kind.PHRASE, phrase));
    for (int[] r : OR_RANKS) {
      if (r[1] < common.size()) bare.add(query(Kind.OR, List.of(common.get(r[0]), common.get(r[1]))));
    }
    for (String w : rare(sample)) bare.add(query(Kind.RARE, List.of(w)));
    Map<Dim, List<String>> top = new EnumMap<>(Dim.class);
    for (Dim d : Dim.values()) top.put(d, counter.topValues(d, TOP_VALUES));
    List<BenchQuery> mix = new ArrayList<>();
    for (int i = 0; i < bare.size(); i++) {
      BenchQuery q = bare.get(i);
      mix.add(new BenchQuery(String.format("%s-%02d", q.kind().key(), i + 1), q.kind(), q.terms(),
          filters(q, i, top)));
    }
    return mix;
  }

  private static BenchQuery query(Kind kind, List<String> terms) {
    return new BenchQuery(kind.key(), kind, terms, List.of());
  }

  /** Content words by document frequency in the whole index, one per indexed form (not "attack" and "attacks"). */
  private List<String> common(WordSample sample) throws IOException {
    List<String> byShare = sample.wordDocs.entrySet().stream().filter(e -> e.getKey().length() >= 4)
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(400).map(Map.Entry::getKey).toList();
    return byIndexFrequency(byShare, true);
  }

  /** Words sorted by their index document frequency (most frequent first, or least), duplicates of form dropped. */
  private List<String> byIndexFrequency(List<String> words, boolean mostFirst) throws IOException {
    record Counted(String word, String form, int docs) {}
    List<Counted> counted = new ArrayList<>();
    for (String w : words) {
      String form = counter.indexedForm(w);
      if (form != null) counted.add(new Counted(w, form, counter.docFreq(w)));
    }
    Comparator<Counted> byDocs = Comparator.comparingInt(Counted::docs);
    counted.sort((mostFirst ? byDocs.reversed() : byDocs).thenComparing(Counted::word));
    Set<String> forms = new HashSet<>();
    return counted.stream().filter(c -> c.docs() > 0 && forms.add(c.form())).map(Counted::word).toList();
  }

  /** The most frequent word after rank {@code r} that occurs together with it; null when there is none. */
  private String partner(List<String> common, int r, Set<String> used) throws IOException {
    String a = common.get(r);
    String fallback = null;
    for (int j = r + 3; j < common.size(); j++) {
      String b = common.get(j);
      if (used.contains(b)) continue;
      long both = counter.count(query(Kind.AND, List.of(a, b)), List.of());
      long rarer = Math.min(counter.docFreq(a), counter.docFreq(b));
      if (both >= TOGETHER * rarer) {
        used.add(b);
        return b;
      }
      if (fallback == null && both > 0) fallback = b;
    }
    if (fallback != null) used.add(fallback);
    return fallback;
  }

  /** The most frequent two-word sequences, no word shared between two of them, each a phrase the index finds. */
  private List<List<String>> phrases(WordSample sample) throws IOException {
    List<String> bigrams = sample.bigramDocs.entrySet().stream().filter(e -> e.getValue() >= 2)
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey).toList();
    List<List<String>> out = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (String b : bigrams) {
      if (out.size() == PHRASES) break;
      List<String> words = List.of(b.split(" "));
      if (words.stream().anyMatch(used::contains)) continue;
      if (counter.count(query(Kind.PHRASE, words), List.of()) == 0) continue;
      used.addAll(words);
      out.add(words);
    }
    return out;
  }

  /** Words of six letters or more in at least two reports, from the rarest up, spaced so they differ in rarity. */
  private List<String> rare(WordSample sample) throws IOException {
    List<String> candidates = sample.wordDocs.keySet().stream().filter(w -> w.length() >= 6).sorted().toList();
    List<String> rarest = new ArrayList<>();
    for (String w : byIndexFrequency(candidates, false)) {
      if (counter.docFreq(w) >= 2) rarest.add(w);
      if (rarest.size() == RARE * RARE_SPACING) break;
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < rarest.size() && out.size() < RARE; i += RARE_SPACING) out.add(rarest.get(i));
    return out;
  }

  /**
   * Query {@code i} gets {@code i % 4} filters on dimensions taken in turn, each value the first of the top values
   * (in turn from a rotating start) that leaves the query with matches; a dimension with no such value is left out.
   */
  private List<Filter> filters(BenchQuery q, int i, Map<Dim, List<String>> top) throws IOException {
    Dim[] dims = Dim.values();
    List<Filter> chosen = new ArrayList<>();
    for (int k = 0; k < i % 4; k++) {
      Dim dim = dims[(i + k) % dims.length];
      List<String> values = top.get(dim);
      for (int v = 0; v < values.size(); v++) {
        Filter f = new Filter(dim, values.get((i / 4 + v) % values.size()));
        List<Filter> with = new ArrayList<>(chosen);
        with.add(f);
        if (counter.count(q, with) > 0) {
          chosen.add(f);
          break;
        }
      }
    }
    return chosen;
  }
}
