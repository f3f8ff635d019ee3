package org.secsearch.indexer.enrich;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A text cut into words with what the name taggers need per word: offsets, the word as written (for case-sensitive
 * acronyms), its folded key (for aliases), what separates it from the previous word and whether a sentence starts
 * there. Built once per document; the arrays keep tagging free of per-word objects.
 */
public final class TextTokens {
  /** What lies between a word and the previous one. */
  public enum Gap { START, SPACE, HYPHEN, DASH, PUNCT }

  /** Arabic article forms read as "al" when hyphen-attached (ash-Shabaab, ud-Dawa, an-Nusra). */
  private static final Set<String> ATTACHED_ARTICLES = new HashSet<>(List.of(
      "ul", "ud", "ut", "ur", "us", "un", "uz", "ush", "ash", "as", "an", "ad", "adh", "ar", "at", "ath", "az",
      "ed", "es", "et", "ez", "en", "er"));
  /** Standalone forms of the article read as "al" everywhere ("el-", "ul ", "ud ", "al "). */
  private static final Set<String> FREE_ARTICLES = new HashSet<>(List.of("al", "el", "ul", "ud"));
  /** First letters of every article and ezafe form above: other words are passed over at once. */
  private static final String ARTICLE_INITIALS = "aeiu";

  private static final String HARD_PUNCTUATION = ".,;:!?()[]{}<>";

  private static final Spares<TextTokens> SPARES = new Spares<>(TextTokens::new, TextTokens::load);

  private String text;
  /**
   * The text's characters (and stale ones past its end when reused), read by index in the scanning loops: a String
   * checks its encoding at every charAt.
   */
  private char[] chars = new char[0];
  private int size;
  private int[] starts;
  private int[] ends;
  /** End of each word as written without a possessive 's: the word itself is cut from the text only when asked. */
  private int[] rawEnds;
  private String[] raws;
  private String[] keys;
  /** Id of each word's key among the document's distinct keys (see {@link #wordId}). */
  private int[] wordIds;
  private final WordInterner interner;
  private Gap[] gaps;
  private boolean[] sentenceStarts;
  private boolean[] articles;
  private boolean upperCaseText;
  /** Scratch buffer for folding a word's key. */
  private final WordKey keyBuffer = new WordKey();

  private TextTokens(String text) {
    int capacity = Math.max(16, text.length() / 5); // about one word in six characters: rarely grown
    starts = new int[capacity];
    ends = new int[capacity];
    rawEnds = new int[capacity];
    raws = new String[capacity];
    keys = new String[capacity];
    wordIds = new int[capacity];
    interner = new WordInterner(capacity / 2);
    gaps = new Gap[capacity];
    sentenceStarts = new boolean[capacity];
    articles = new boolean[capacity];
    load(text);
  }

  /** Cuts {@code text} into words in this object's arrays, replacing what they held. */
  private void load(String text) {
    this.text = text;
    chars = ScanBuffer.copy(text, chars);
    size = 0;
    interner.clear();
    int lower = 0;
    int letters = 0;
    int i = 0;
    int n = text.length();
    int gapFrom = 0;
    while (i < n) {
      char c = chars[i];
      if (!CharKinds.isLetterOrDigit(c)) {
        i++;
        continue;
      }
      int start = i;
      while (i < n) {
        char d = chars[i];
        int kind = d < 128 ? CharKinds.ascii(d) : -1;
        if (kind > 0) { // an ASCII letter or digit: nearly every character of a word
          letters += kind & CharKinds.LETTER;
          lower += (kind & CharKinds.LOWER) >>> 3;
          i++;
        } else if (kind < 0 && CharKinds.isLetterOrDigit(d)) {
          if (CharKinds.isLetter(d)) {
            letters++;
            if (CharKinds.isLowerCase(d)) {
              lower++;
            }
          }
          i++;
        } else if (NameFolder.isApostrophe(d) && i + 1 < n && CharKinds.isLetter(chars[i + 1])
            && CharKinds.isLetter(chars[i - 1])) {
          i++; // inner apostrophe (Jama'at, People's) stays inside the word
        } else {
          break;
        }
      }
      add(start, i, gapFrom);
      gapFrom = i;
    }
    upperCaseText = letters >= 20 && lower * 20 < letters;
    markArticles();
  }

  /** Tokenizes a text. */
  public static TextTokens of(String text) {
    return new TextTokens(text);
  }

  /**
   * Tokenizes a report as {@link #of} does, in the arrays of this thread's previous report; {@link #release} them
   * when done with the words, and use the words no more after that.
   */
  static TextTokens borrow(String text) {
    return SPARES.borrow(text);
  }

  /** Gives the arrays of {@link #borrow}ed words back for the thread's next report. */
  void release() {
    SPARES.giveBack(this, starts.length, chars.length);
  }

  private void add(int start, int end, int gapFrom) {
    if (size == starts.length) {
      int cap = size * 2;
      starts = Arrays.copyOf(starts, cap);
      ends = Arrays.copyOf(ends, cap);
      rawEnds = Arrays.copyOf(rawEnds, cap);
      raws = Arrays.copyOf(raws, cap);
      keys = Arrays.copyOf(keys, cap);
      wordIds = Arrays.copyOf(wordIds, cap);
      gaps = Arrays.copyOf(gaps, cap);
      sentenceStarts = Arrays.copyOf(sentenceStarts, cap);
      articles = Arrays.copyOf(articles, cap);
    }
    int rawEnd = NameFolder.withoutPossessive(chars, start, end);
    starts[size] = start;
    ends[size] = end;
    rawEnds[size] = rawEnd;
    raws[size] = null;
    articles[size] = false;
    NameFolder.foldKey(chars, start, rawEnd, keyBuffer);
    setKey(size, interner.intern(keyBuffer));
    boolean sentence = size == 0;
    Gap gap = size == 0 ? Gap.START : Gap.SPACE;
    for (int k = gapFrom; k < start; k++) {
      char c = chars[k];
      if (c == ' ') {
        continue; // the usual gap: it starts no sentence and changes no gap kind below
      }
      if (c == '.' || c == '!' || c == '?' || c == ':' || c == '\n' && k + 1 < start && chars[k + 1] == '\n') {
        sentence = true;
      }
      if (gap == Gap.START) {
        continue;
      }
      if (NameFolder.isHyphen(c) && k == gapFrom && start == k + 1) {
        gap = Gap.HYPHEN; // a single hyphen joining two words (Co-operation, ul-Mujahidin)
      } else if (HARD_PUNCTUATION.indexOf(c) >= 0 || c == '\n' && gap == Gap.SPACE && sentence) {
        gap = Gap.PUNCT; // a comma, bracket, quote or sentence end: no name runs across it
      } else if (!Character.isWhitespace(c) && !NameFolder.isApostrophe(c) && gap != Gap.PUNCT) {
        gap = Gap.DASH; // a dash, slash or quote: an alias may span it (the "Atlacatl" Battalion), a new name not
      }
    }
    gaps[size] = gap;
    sentenceStarts[size] = sentence;
    size++;
  }

  /**
   * The Arabic article and the Persian ezafe are spelled every way (al-/el-/ash-/ud-, Lashkar-e-/-i-): they get one
   * key each, "al" and "e", so the spellings meet while "Ansar al-Islam" stays apart from "Ansarul Islam".
   */
  private void markArticles() {
    int al = -1, ezafe = -1; // ids of "al" and "e", interned at their first article (so every id is as before)
    for (int i = 0; i < size; i++) {
      String k = keys[i];
      if (k.length() > 3 || k.isEmpty() || ARTICLE_INITIALS.indexOf(k.charAt(0)) < 0) {
        continue; // no article form is longer, or starts otherwise
      }
      boolean attached = i + 1 < size && gaps[i + 1] == Gap.HYPHEN;
      if (FREE_ARTICLES.contains(k) || attached && ATTACHED_ARTICLES.contains(k)) {
        if (al < 0) {
          al = interner.intern("al");
        }
        setKey(i, al);
        articles[i] = true;
      } else if (rawEnds[i] - starts[i] == 1 && (k.equals("e") || k.equals("i"))) {
        if (ezafe < 0) {
          ezafe = interner.intern("e");
        }
        setKey(i, ezafe);
        articles[i] = true;
      }
    }
  }

  private void setKey(int i, int wordId) {
    wordIds[i] = wordId;
    keys[i] = interner.word(wordId);
  }

  /** True for an article or ezafe word: a name may contain one but never ends with one. */
  public boolean article(int i) { return articles[i]; }

  public String text() { return text; }

  public int size() { return size; }

  public int start(int i) { return starts[i]; }

  public int end(int i) { return ends[i]; }

  /** The word as written, without a possessive 's. */
  public String raw(int i) {
    String r = raws[i];
    if (r == null) {
      r = raws[i] = text.substring(starts[i], rawEnds[i]);
    }
    return r;
  }

  /** Length of word i as written, without a possessive 's. */
  public int rawLength(int i) { return rawEnds[i] - starts[i]; }

  /** The name key of words [from, to): their keys joined (see {@link NameFolder#appendKey}). */
  public String key(int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      NameFolder.appendKey(b, keys[i]);
    }
    return b.toString();
  }

  /** The folded key of word i (articles read "al", the ezafe "e"). */
  public String key(int i) { return keys[i]; }

  /**
   * Id of word i's key among the document's distinct keys, from 0 below {@link #distinctKeys()}: words with equal
   * keys share it, so a tagger can remember an answer about a key once per document.
   */
  public int wordId(int i) { return wordIds[i]; }

  /** The key with this id (see {@link #wordId}). */
  public String distinctKey(int id) { return interner.word(id); }

  /** How many distinct keys the document's words have. */
  public int distinctKeys() { return interner.size(); }

  public Gap gap(int i) { return gaps[i]; }

  /** True when a sentence or paragraph starts at word i. */
  public boolean sentenceStart(int i) { return sentenceStarts[i]; }

  /** True when the whole text is written in capitals (wire copy), detected by the share of lower-case letters. */
  public boolean upperCaseText() { return upperCaseText; }

  /** First character is an upper-case letter or a digit (ordinals like 6th inside names). */
  public boolean capitalized(int i) {
    char c = chars[starts[i]];
    return CharKinds.isUpperCase(c) || CharKinds.isDigit(c);
  }

  /** True when word i begins with an upper-case letter (asked without cutting the word from the text). */
  public boolean upperInitial(int i) {
    return CharKinds.isUpperCase(chars[starts[i]]);
  }

  /** True when word i contains a lower-case letter. */
  public boolean hasLower(int i) {
    for (int k = starts[i]; k < rawEnds[i]; k++) {
      if (CharKinds.isLowerCase(chars[k])) {
        return true;
      }
    }
    return false;
  }
}
