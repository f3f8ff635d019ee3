package org.secsearch.indexer.enrich;

import java.util.List;
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

  /** Latin-script languages by function-word check, in a fixed order. */
  private static final List<String> LATIN_LANGUAGES = List.of("en", "es", "fr", "de");
  /** Every Latin-script function word with a bit for each language whose word it is (bit l: LATIN_LANGUAGES(l)). */
  private static final AsciiWordKey.Table LANGUAGES_OF_WORD = languagesOfWord();
  private static final int LONGEST_FUNCTION_WORD = 5;
  /** Function words are counted in the first 5,000 characters: plenty of them for any real text. */
  private static final int WORD_SAMPLE = 5_000;

  private static AsciiWordKey.Table languagesOfWord() {
    Map<String, Integer> bits = new java.util.HashMap<>();
    for (int l = 0; l < LATIN_LANGUAGES.size(); l++) {
      for (String word : FUNCTION_WORDS.get(LATIN_LANGUAGES.get(l))) bits.merge(word, 1 << l, (a, b) -> a | b);
    }
    return new AsciiWordKey.Table(bits);
  }

  /** Looks at the first 20,000 characters for the script and the first 5,000 for function words. */
  public static String guess(String text) {
    int scriptSample = Math.min(text.length(), 20_000);
    char[] chars = ScanBuffer.of(text, scriptSample); // the function-word sample is shorter
    int wordSample = Math.min(text.length(), WORD_SAMPLE);
    if (latinLettersOnly(chars, scriptSample)) {
      return byFunctionWords(chars, wordSample); // no other script to count: the usual report
    }
    int latin = 0, cyrillic = 0, arabic = 0, cjk = 0, persianLetters = 0;
    for (int i = 0; i < scriptSample; i++) {
      if ((i & 1023) == 0 && latin >= Math.max(cyrillic, Math.max(arabic, cjk)) + scriptSample - i) {
        break; // no other script can reach half the letters now: the rest of the sample cannot change the answer
      }
      char c = chars[i];
      if (c < 0x80) {
        if (CharKinds.isLetter(c)) latin++;
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
    return byFunctionWords(chars, wordSample);
  }

  /**
   * True when no letter among the first {@code n} characters is of a script other than Latin: then no other script
   * can have the majority, and a text without letters has no function words either, so the function words alone
   * give the answer the script count would.
   */
  private static boolean latinLettersOnly(char[] chars, int n) {
    for (int i = 0; i < n; i++) {
      char c = chars[i];
      if (c >= 0x80 && Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
        return false;
      }
    }
    return true;
  }

  /** The Latin-script language with the most function words (at least three) among the first {@code n} characters. */
  private static String byFunctionWords(char[] chars, int n) {
    int[] hits = new int[LATIN_LANGUAGES.size()];
    for (int i = 0; i < n; ) {
      if (!CharKinds.isLetter(chars[i])) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < n && CharKinds.isLetter(chars[j])) j++;
      long key = j - i <= LONGEST_FUNCTION_WORD ? AsciiWordKey.of(chars, i, j) : -1;
      int languages = LANGUAGES_OF_WORD.get(key);
      for (int l = 0; languages != 0 && l < hits.length; l++) {
        if ((languages & (1 << l)) != 0) hits[l]++;
      }
      i = j;
    }
    int best = -1;
    for (int l = 0; l < hits.length; l++) {
      if (hits[l] >= 3 && (best < 0 || hits[l] > hits[best])) best = l;
    }
    return best < 0 ? "und" : LATIN_LANGUAGES.get(best);
  }
}
