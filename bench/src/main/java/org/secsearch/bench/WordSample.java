package org.secsearch.bench;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.secsearch.indexer.enrich.ResourceLines;
import org.secsearch.indexer.schema.Fields;

/**
 * Counts words and two-word sequences, as written, in a fixed sample of report bodies: the reports with the
 * smallest ids (ids hash the corpus path), so the sample does not depend on the order documents were indexed in.
 * Only plain ASCII words of three or more letters outside the stop list count, so every system reads them alike.
 */
final class WordSample {
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final Pattern PLAIN = Pattern.compile("[a-z]{3,}");
  private static final Set<String> STOP = stopWords();

  /** Sample documents each word occurs in. */
  final Map<String, Integer> wordDocs = new HashMap<>();
  /** Sample documents each "first second" sequence occurs in (the words separated by spaces only). */
  final Map<String, Integer> bigramDocs = new HashMap<>();
  int documents;

  static boolean isStopWord(String w) {
    return STOP.contains(w);
  }

  /** Reads up to {@code size} sample bodies from the index. */
  static WordSample of(DirectoryReader reader, int size) throws IOException {
    WordSample s = new WordSample();
    Terms ids = MultiTerms.getTerms(reader, Fields.ID);
    if (ids == null) return s;
    Bits live = MultiBits.getLiveDocs(reader);
    StoredFields stored = reader.storedFields();
    TermsEnum te = ids.iterator();
    for (BytesRef id = te.next(); id != null && s.documents < size; id = te.next()) {
      PostingsEnum p = MultiTerms.getTermPostingsEnum(reader, Fields.ID, id, PostingsEnum.NONE);
      int doc = p == null ? DocIdSetIterator.NO_MORE_DOCS : p.nextDoc();
      if (doc == DocIdSetIterator.NO_MORE_DOCS || (live != null && !live.get(doc))) continue;
      String body = stored.document(doc, Set.of(Fields.BODY)).get(Fields.BODY);
      s.add(body == null ? "" : body);
    }
    return s;
  }

  void add(String text) {
    documents++;
    Set<String> words = new HashSet<>(), bigrams = new HashSet<>();
    Matcher m = WORD.matcher(text);
    String previous = null;
    int previousEnd = -1;
    while (m.find()) {
      String w = m.group().toLowerCase(java.util.Locale.ROOT);
      boolean usable = PLAIN.matcher(w).matches() && !STOP.contains(w);
      if (usable) {
        words.add(w);
        if (previous != null && text.substring(previousEnd, m.start()).isBlank()) bigrams.add(previous + " " + w);
      }
      previous = usable ? w : null;
      previousEnd = m.end();
    }
    words.forEach(w -> wordDocs.merge(w, 1, Integer::sum));
    bigrams.forEach(b -> bigramDocs.merge(b, 1, Integer::sum));
  }

  private static Set<String> stopWords() {
    Set<String> out = new HashSet<>();
    for (ResourceLines.Row row : ResourceLines.ofResource("/org/secsearch/bench/stopwords.txt")) {
      out.addAll(List.of(row.cell(0).split("\\s+")));
    }
    return Set.copyOf(out);
  }
}
