package org.secsearch.indexer.enrich;

import java.util.Arrays;

/**
 * A text cut into word tokens with their offsets, folded keys and capitalisation, scanned in one pass
 * (no regex) so place matching can run as hash lookups over token n-grams.
 */
final class Tokens {
  /** Capitalisation of a token as written. */
  enum Shape { LOWER, TITLE, UPPER, OTHER }

  private static final Spares<Tokens> SPARES = new Spares<>(Tokens::new, Tokens::load);

  private String text;
  /**
   * The text's characters (and stale ones past its end when reused), read by index in the scanning loops: a String
   * checks its encoding at every charAt.
   */
  private char[] chars = new char[0];
  private int size;
  private int[] starts;
  private int[] ends;
  private String[] keys;
  /** Id of each token's key among the text's distinct keys (see {@link #wordId}). */
  private int[] wordIds;
  private final WordInterner interner;
  private Shape[] shapes;
  private boolean upperCase;
  /** Scratch buffer for folding a token's key, kept with the arrays from report to report. */
  private final WordKey keyBuffer = new WordKey();

  private Tokens(String text) {
    int capacity = Math.max(16, text.length() / 5);
    starts = new int[capacity];
    ends = new int[capacity];
    keys = new String[capacity];
    wordIds = new int[capacity];
    interner = new WordInterner(capacity / 2);
    shapes = new Shape[capacity];
    load(text);
  }

  /** Cuts {@code text} into tokens in this object's arrays, replacing what they held. */
  private void load(String text) {
    this.text = text;
    chars = ScanBuffer.copy(text, chars);
    size = 0;
    interner.clear();
    upperCase = scanAll();
  }

  /** Tokenizes {@code text}; hyphens and punctuation split tokens, apostrophes inside a word do not. */
  static Tokens scan(String text) {
    return new Tokens(text);
  }

  /**
   * Tokenizes a report as {@link #scan} does, in the arrays of this thread's previous report; {@link #release}
   * them when done with the tokens, and use the tokens no more after that.
   */
  static Tokens borrow(String text) {
    return SPARES.borrow(text);
  }

  /** Gives the arrays of {@link #borrow}ed tokens back for the thread's next report. */
  void release() {
    SPARES.giveBack(this, starts.length, chars.length);
  }

  /** Scans the whole text; returns true when it is upper-case wire copy (capitals carry no signal). */
  private boolean scanAll() {
    int upper = 0;
    int lower = 0;
    WordKey key = keyBuffer;
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = chars[i];
      if (!TextFolder.isWordChar(c)) {
        i++;
        continue;
      }
      int start = i;
      int tokenUpper = 0;
      int tokenLower = 0;
      boolean firstUpper = CharKinds.isUpperCase(c);
      key.clear();
      while (i < n) {
        c = chars[i];
        int kind = c < 128 ? CharKinds.ascii(c) : -1;
        if (kind > 0) { // an ASCII letter or digit: nearly every character of a word
          tokenUpper += (kind & CharKinds.UPPER) >>> 2;
          tokenLower += (kind & CharKinds.LOWER) >>> 3;
          key.append((char) (c + ((kind & CharKinds.UPPER) << 3))); // upper case + 32 is lower case
          i++;
        } else if (kind < 0 && TextFolder.isWordChar(c)) {
          if (CharKinds.isUpperCase(c)) {
            tokenUpper++;
          } else if (CharKinds.isLowerCase(c)) {
            tokenLower++;
          }
          TextFolder.appendFolded(key, c);
          i++;
        } else if (TextFolder.isApostrophe(c) && i + 1 < n && TextFolder.isWordChar(chars[i + 1])) {
          // "Kazakhstan's" ends the word before the possessive; "N'Djamena", "Ma'rib" keep one word.
          char next = chars[i + 1];
          if ((next == 's' || next == 'S') && (i + 2 >= n || !TextFolder.isWordChar(chars[i + 2]))) {
            break;
          }
          i++;
        } else {
          break;
        }
      }
      add(start, i, interner.intern(key), shape(firstUpper, tokenUpper, tokenLower));
      upper += tokenUpper;
      lower += tokenLower;
      if (i < n && TextFolder.isApostrophe(chars[i])) {
        i += 2; // skip the possessive 's
      }
    }
    return upper > 20 && upper > 3 * lower;
  }

  private static Shape shape(boolean firstUpper, int upper, int lower) {
    if (upper == 0 && lower == 0) {
      return Shape.OTHER;
    }
    if (!firstUpper) {
      return Shape.LOWER;
    }
    return lower == 0 ? Shape.UPPER : Shape.TITLE;
  }

  private void add(int start, int end, int wordId, Shape shape) {
    if (size == starts.length) {
      int cap = size * 2;
      starts = Arrays.copyOf(starts, cap);
      ends = Arrays.copyOf(ends, cap);
      keys = Arrays.copyOf(keys, cap);
      wordIds = Arrays.copyOf(wordIds, cap);
      shapes = Arrays.copyOf(shapes, cap);
    }
    starts[size] = start;
    ends[size] = end;
    keys[size] = interner.word(wordId);
    wordIds[size] = wordId;
    shapes[size] = shape;
    size++;
  }

  String text() {
    return text;
  }

  int size() {
    return size;
  }

  int start(int i) {
    return starts[i];
  }

  int end(int i) {
    return ends[i];
  }

  /** Folded lookup key of token {@code i}. */
  String key(int i) {
    return keys[i];
  }

  /**
   * Id of token i's key among the text's distinct keys, from 0 below {@link #distinctKeys()}: tokens with equal
   * keys share it, so a tagger can remember an answer about a key once per document.
   */
  int wordId(int i) {
    return wordIds[i];
  }

  /** How many distinct keys the text's tokens have. */
  int distinctKeys() {
    return interner.size();
  }

  Shape shape(int i) {
    return shapes[i];
  }

  /** True when the document is upper-case wire copy, where capitalisation cannot mark a name. */
  boolean upperCase() {
    return upperCase;
  }

  /** True when token {@code i} is written as a name: capitalised, or anything in upper-case copy. */
  boolean capitalised(int i) {
    Shape s = shapes[i];
    return s == Shape.TITLE || s == Shape.UPPER;
  }

  /**
   * True when tokens {@code i - 1} and {@code i} may belong to one name: only spaces, a hyphen or an
   * abbreviation's dot ("St. Petersburg") between them, never a comma, bracket or line break.
   */
  boolean joinable(int i) {
    int from = ends[i - 1];
    int to = starts[i];
    for (int p = from; p < to; p++) {
      char c = chars[p];
      if (c == '.') {
        if (ends[i - 1] - starts[i - 1] > 3) {
          return false;
        }
      } else if (c != ' ' && c != '-' && c != '‐' && c != '\u00a0' && !TextFolder.isApostrophe(c)) {
        return false;
      }
    }
    return true;
  }

  /** True when a comma stands between tokens {@code i - 1} and {@code i}. */
  boolean commaBefore(int i) {
    return i > 0 && gapHas(i, ',');
  }

  /** True when only spaces stand between tokens {@code i - 1} and {@code i}. */
  boolean plainGap(int i) {
    for (int p = i == 0 ? 0 : ends[i - 1]; p < starts[i]; p++) {
      if (!Character.isWhitespace(chars[p])) {
        return false;
      }
    }
    return true;
  }

  /** True when char {@code c} stands between tokens {@code i - 1} and {@code i} (from the start for i = 0). */
  boolean gapHas(int i, char c) {
    for (int p = i == 0 ? 0 : ends[i - 1]; p < starts[i]; p++) {
      if (chars[p] == c) {
        return true;
      }
    }
    return false;
  }

  /** True when token {@code i} begins a sentence, a line or the text. */
  boolean sentenceStart(int i) {
    if (i == 0) {
      return true;
    }
    for (int p = ends[i - 1]; p < starts[i]; p++) {
      char c = chars[p];
      if (c == '\n' || c == '!' || c == '?' || c == ';' || (c == '.' && ends[i - 1] - starts[i - 1] > 2)) {
        return true;
      }
    }
    return false;
  }

  /** True when token {@code i} is the first on its line (datelines, headings). */
  boolean lineStart(int i) {
    return i == 0 || gapHas(i, '\n');
  }
}
