package org.secsearch.indexer.enrich;

import java.text.Normalizer;

/**
 * Folds text to the lookup form shared by gazetteer names and report tokens: lower case, accents and
 * apostrophes dropped (Mangghystaū → mangghystau, N’Djaména → ndjamena), so spelling variants meet in one key.
 */
final class TextFolder {
  private TextFolder() {}

  /** Folded form of each char up to U+02FF; 0 means "drop" (combining marks). Built once from NFD. */
  private static final char[] TABLE = new char[0x300];

  static {
    for (char c = 0; c < TABLE.length; c++) {
      String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
      char base = nfd.charAt(0);
      TABLE[c] = Character.getType(c) == Character.NON_SPACING_MARK ? 0 : Character.toLowerCase(base);
    }
    // Letters NFD does not decompose but readers treat as their Latin base.
    String[][] extra = {{"ıİ", "i"}, {"łŁ", "l"}, {"øØ", "o"}, {"đĐ", "d"}, {"ħĦ", "h"}, {"ŧŦ", "t"}};
    for (String[] e : extra) {
      for (char c : e[0].toCharArray()) {
        TABLE[c] = e[1].charAt(0);
      }
    }
  }

  /** True for the marks that join a word rather than split it (O’Higgins, Ma’rib, N'Djamena). */
  static boolean isApostrophe(char c) {
    return c == '\'' || c == '’' || c == '‘' || c == 'ʼ' || c == 'ʻ' || c == 'ʿ' || c == 'ʾ' || c == '`';
  }

  /** True for a char that belongs inside a token: letters, digits and combining marks. */
  static boolean isWordChar(char c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  /** Appends the folded form of {@code c} (nothing for a combining mark, two letters for ß/æ/œ). */
  static void appendFolded(WordKey out, char c) {
    if (c < 0x80) {
      out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
    } else if (c == 'ß') {
      out.append('s');
      out.append('s');
    } else if (c == 'æ' || c == 'Æ') {
      out.append('a');
      out.append('e');
    } else if (c == 'œ' || c == 'Œ') {
      out.append('o');
      out.append('e');
    } else if (c < TABLE.length) {
      if (TABLE[c] != 0) {
        out.append(TABLE[c]);
      }
    } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
      out.append(Character.toLowerCase(c));
    }
  }

  /**
   * The lookup key of a name or phrase: its tokens folded and joined by single spaces, the same way
   * {@link Tokens} reads a report ("Nur-Sultan" → "nur sultan", "Aktyubinskaya Oblast’" → "aktyubinskaya oblast").
   */
  static String key(String phrase) {
    Tokens tokens = Tokens.scan(phrase);
    StringBuilder sb = new StringBuilder(phrase.length());
    for (int i = 0; i < tokens.size(); i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(tokens.key(i));
    }
    return sb.toString();
  }

  /** True when every letter of {@code s} is Latin script (alternate names in other scripts are not used). */
  static boolean isLatin(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
        return false;
      }
    }
    return true;
  }
}
