package org.secsearch.indexer.enrich;

import java.util.List;
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

  /** Function word → the Latin-script languages it belongs to. */
  private static final Map<String, List<String>> LANGUAGES_OF = invert();
  private static final int LONGEST_FUNCTION_WORD = 5;
  /** Function words are counted in the first 5,000 characters: plenty of them for any real text. */
  private static final int WORD_SAMPLE = 5_000;

  private static Map<String, List<String>> invert() {
    Map<String, List<String>> out = new java.util.HashMap<>();
    FUNCTION_WORDS.forEach((lang, words) -> {
      if (lang.equals("ru")) return; // Cyrillic is decided by script
      for (String w : words) out.computeIfAbsent(w, k -> new java.util.ArrayList<>()).add(lang);
    });
    out.replaceAll((w, langs) -> List.copyOf(langs));
    return Map.copyOf(out);
  }

  /** Looks at the first 20,000 characters for the script and the first 5,000 for function words. */
  public static String guess(String text) {
    String sample = text.length() > 20_000 ? text.substring(0, 20_000) : text;
    int latin = 0, cyrillic = 0, arabic = 0, cjk = 0, persianLetters = 0;
    for (int i = 0; i < sample.length(); i++) {
      char c = sample.charAt(i);
      if (c < 0x80) {
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') latin++;
        continue;
      }
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
    int n = Math.min(sample.length(), WORD_SAMPLE);
    for (int i = 0; i < n; ) {
      if (!Character.isLetter(sample.charAt(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < n && Character.isLetter(sample.charAt(j))) j++;
      if (j - i <= LONGEST_FUNCTION_WORD) {
        for (String lang : LANGUAGES_OF.getOrDefault(sample.substring(i, j).toLowerCase(Locale.ROOT), List.of())) {
          hits.merge(lang, 1, Integer::sum);
        }
      }
      i = j;
    }
    return hits.entrySet().stream().filter(e -> e.getValue() >= 3)
        .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("und");
  }
}
