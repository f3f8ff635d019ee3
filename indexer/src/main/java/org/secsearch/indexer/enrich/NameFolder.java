package org.secsearch.indexer.enrich;

import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * Folds one word of a name to its matching key, so spelling variants of the same name meet: accents and case
 * (Sendero Luminóso = SENDERO LUMINOSO), apostrophes (Jama'at = Jamaat, Qa'ida = Qaida), possessives and plurals
 * (People's = Peoples = People, Brigades = Brigade), doubled letters (Willka = Wilka, Shabaab = Shabab).
 * The same folding is applied to the authority file and to the text, so it only has to be consistent, not linguistic.
 */
public final class NameFolder {
  private NameFolder() {}

  /** True for the apostrophe-like characters used in transliterations and possessives. */
  public static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '\u02BB' || c == '`'
        || c == '\u00B4';
  }

  /** True for hyphen and dash characters that join or separate parts of a name. */
  public static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014'
        || c == '\u2212';
  }

  /** Strips a trailing possessive ('s or a bare apostrophe), keeping the word as written otherwise. */
  public static String withoutPossessive(String word) {
    int end = withoutPossessive(word.toCharArray(), 0, word.length());
    return end == word.length() ? word : word.substring(0, end);
  }

  /** End of the word at [start, end) of {@code text} without a trailing possessive, as {@link #withoutPossessive(String)}. */
  static int withoutPossessive(char[] text, int start, int end) {
    int n = end - start;
    if (n > 2 && (text[end - 1] == 's' || text[end - 1] == 'S') && isApostrophe(text[end - 2])) {
      return end - 2;
    }
    if (n > 1 && isApostrophe(text[end - 1])) {
      return end - 1;
    }
    return end;
  }

  /** Lower case and accents folded to ASCII where Lucene knows a folding (Cyrillic and Arabic script stay). */
  public static String lowerAscii(String s) {
    boolean ascii = true;
    for (int i = 0; i < s.length() && ascii; i++) {
      ascii = s.charAt(i) < 128;
    }
    if (ascii) {
      return s.toLowerCase(java.util.Locale.ROOT); // the common case needs no folding table
    }
    char[] in = s.toCharArray();
    char[] out = new char[in.length * 4];
    int len = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
    StringBuilder b = new StringBuilder(len);
    for (int i = 0; i < len; i++) {
      b.append(Character.toLowerCase(out[i]));
    }
    return b.toString();
  }

  /**
   * Appends a word key to a name key. Doubled letters fold across the join too, so "Co-operation" (co + operation)
   * meets "Cooperation" (coperation).
   */
  public static void appendKey(StringBuilder name, String wordKey) {
    int n = name.length();
    if (n > 0 && !wordKey.isEmpty() && name.charAt(n - 1) == wordKey.charAt(0)
        && Character.isLetter(wordKey.charAt(0))) {
      name.append(wordKey, 1, wordKey.length());
    } else {
      name.append(wordKey);
    }
  }

  /** The matching key of one word (already split at spaces and hyphens). */
  public static String key(String word) {
    WordKey key = new WordKey();
    foldKey(word.toCharArray(), 0, word.length(), key);
    return key.toString();
  }

  /**
   * Folds the key of the word written at [from, to) of {@code text} into {@code scratch} (replacing what it held),
   * for a caller that interns it. An ASCII word (the common case) is folded straight from the text, with no
   * intermediate strings.
   */
  static void foldKey(char[] text, int from, int to, WordKey scratch) {
    int end = withoutPossessive(text, from, to);
    if (!fold(text, from, end, true, scratch)) {
      // Not ASCII: fold the whole word through the accent table, then fold that copy.
      char[] word = lowerAscii(new String(text, from, end - from)).toCharArray();
      fold(word, 0, word.length, false, scratch);
    }
    foldEndings(scratch);
  }

  /**
   * Folds word[from, end) into {@code scratch} (replacing what it held): lower case, marks dropped, doubled letters
   * once. With {@code asciiOnly} it gives up at the first non-ASCII character and returns false.
   */
  private static boolean fold(char[] word, int from, int end, boolean asciiOnly, WordKey scratch) {
    scratch.clear();
    char last = 0;
    for (int k = from; k < end; k++) {
      char c = word[k];
      if (c >= 128 && asciiOnly) {
        return false;
      }
      if (c >= 'A' && c <= 'Z') {
        c += 'a' - 'A'; // only an ASCII word still has capitals here
      }
      if (!CharKinds.isLetterOrDigit(c)) {
        continue; // inner apostrophes and stray marks carry no meaning in transliterations
      }
      if (c == last && CharKinds.isLetter(c)) {
        continue; // doubled letters vary between transliterations (Shabaab, Willka, Mujahiddin)
      }
      scratch.append(c);
      last = c;
    }
    return true;
  }

  /** Drops the endings that vary between spellings from a folded word. */
  private static void foldEndings(WordKey b) {
    int n = b.length();
    // A final -ah varies with -a in transliterations (Khilafah/Khilafa, Shariah/Sharia, Jamaah/Jamaa).
    if (n > 4 && b.charAt(n - 1) == 'h' && b.charAt(n - 2) == 'a') {
      b.truncate(--n);
    }
    // A final plural 's' varies (Brigade/Brigades, Force/Forces); -us and -is endings are stems (Tunis, ISIS), and
    // short words keep theirs (Hamas is not the city of Hama).
    if (n > 5 && b.charAt(n - 1) == 's' && b.charAt(n - 2) != 'u' && b.charAt(n - 2) != 'i') {
      b.truncate(n - 1);
    }
  }
}
