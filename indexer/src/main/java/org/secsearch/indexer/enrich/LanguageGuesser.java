package org.secsearch.indexer.enrich;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Guesses a report's language (ISO 639-1) from its script and its commonest function words; good enough to
 * label English, Russian, Spanish, French, Arabic, Persian and Chinese reports, "und" when unsure.
 */
public final class LanguageGuesser {
  private LanguageGuesser() {}

  private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
      "en", Set.of("the", "of", "and", "to", "in", "that", "is", "was", "for", "with"),
      "es", Set.of("el", "la", "de", "que", "los", "las", "por", "con", "del", "una"),
      "fr", Set.of("le", "la", "les", "des", "et", "est", "une", "dans", "du", "pour"),
      "de", Set.of("der", "die", "und", "das", "nicht", "mit", "den", "ist", "ein", "von"),
      "ru", Set.of("и", "в", "не", "на", "что", "с", "по", "из", "за", "для"));

  /** Looks at the first 20,000 characters. */
  public static String guess(String text) {
    String sample = text.length() > 20_000 ? text.substring(0, 20_000) : text;
    int latin = 0, cyrillic = 0, arabic = 0, cjk = 0, persianLetters = 0;
    for (int i = 0; i < sample.length(); i++) {
      char c = sample.charAt(i);
      if (!Character.isLetter(c)) continue;
      Character.UnicodeScript s = Character.UnicodeScript.of(c);
      switch (s) {
        case LATIN -> latin++;
        case CYRILLIC -> cyrillic++;
        case ARABIC -> {
          arabic++;
          if (c == 'پ' || c == 'چ' || c == 'ژ' || c == 'گ' || c == 'ی') persianLetters++;
        }
        case HAN, HIRAGANA, KATAKANA -> cjk++;
        default -> {}
      }
    }
    int letters = latin + cyrillic + arabic + cjk;
    if (letters == 0) return "und";
    if (cyrillic > letters / 2) return "ru";
    if (arabic > letters / 2) return persianLetters * 20 > arabic ? "fa" : "ar";
    if (cjk > letters / 2) return "zh";
    Map<String, Integer> hits = new java.util.HashMap<>();
    for (String w : sample.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      FUNCTION_WORDS.forEach((lang, words) -> {
        if (!lang.equals("ru") && words.contains(w)) hits.merge(lang, 1, Integer::sum);
      });
    }
    return hits.entrySet().stream().filter(e -> e.getValue() >= 3)
        .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("und");
  }
}
