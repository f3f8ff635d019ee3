package org.secsearch.indexer.generate.synthetic;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** Small spelling rules the generator applies to filled templates: articles, capitals, ASCII names, URL slugs. */
final class English {
  /** Words a headline keeps in lower case unless they open it. */
  private static final Set<String> SMALL_WORDS =
      Set.of("a", "an", "the", "of", "in", "on", "at", "for", "and", "or", "to", "with", "by", "as", "from", "is");

  private English() {}

  /** "a" or "an" before a phrase, by its first letter ("an ambush", "a unit", "an hour" is not needed here). */
  static String indefiniteArticle(String phrase) {
    if (phrase.isEmpty()) {
      return "a";
    }
    char c = Character.toLowerCase(phrase.charAt(0));
    boolean vowel = c == 'a' || c == 'e' || c == 'i' || c == 'o' || (c == 'u' && !startsLikeYou(phrase));
    return vowel ? "an" : "a";
  }

  /** "unit", "university", "usual" start with a "you" sound and take "a". */
  private static boolean startsLikeYou(String phrase) {
    String p = phrase.toLowerCase(Locale.ROOT);
    return p.startsWith("uni") || p.startsWith("use") || p.startsWith("usu") || p.startsWith("uti");
  }

  /** Upper-cases the first letter of a sentence, skipping an opening quote mark. */
  static void capitalizeFrom(StringBuilder text, int start) {
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        text.setCharAt(i, Character.toUpperCase(c));
        return;
      }
      if (c != '"' && c != '\'') {
        return;
      }
    }
  }

  /** Headline case: every word capitalised except short function words inside the headline. */
  static String titleCase(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean first = true;
    for (String word : text.split(" ")) {
      if (!out.isEmpty()) {
        out.append(' ');
      }
      if (!first && SMALL_WORDS.contains(word)) {
        out.append(word);
      } else if (!word.isEmpty()) {
        out.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
      }
      first = word.endsWith(":");
    }
    return out.toString();
  }

  /** A gazetteer name as the English-language press prints it: accents and modifier letters dropped. */
  static String asciiName(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (c < 0x80) {
        out.append(c);
      } else if (c == '\u2019' || c == '\u02BC' || c == '\u02BB') {
        out.append('\''); // apostrophe-like letters of transliterations ("Karbalaʼ")
      }
    }
    return out.toString().strip();
  }

  /** A lower-case URL and file-name slug of at most {@code max} characters: letters and digits joined by '-'. */
  static String slug(String text, int max) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), max));
    boolean dash = false;
    for (int i = 0; i < text.length() && out.length() < max; i++) {
      char c = text.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        out.append(c);
        dash = false;
      } else if (c >= 'A' && c <= 'Z') {
        out.append((char) (c + 32));
        dash = false;
      } else if (!dash && !out.isEmpty()) {
        out.append('-');
        dash = true;
      }
    }
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == '-') {
      end--;
    }
    return out.substring(0, end);
  }
}
