package org.newsgraph.extract.lang;

import java.lang.Character.UnicodeScript;
import java.util.Map;
import java.util.Optional;

/**
 * Languages told by their writing system: Chinese, Japanese (kana) and Korean (Hangul) among CJK
 * texts; Russian, Ukrainian, Belarusian, Serbian, Macedonian and Bulgarian by the Cyrillic
 * letters only some use; Arabic, Persian and Urdu likewise; and the scripts one language
 * dominates (Hebrew, Greek, Thai, Georgian, Armenian, Hindi in Devanagari, Bengali, Tamil).
 */
final class ScriptLanguages {

  private static final Map<UnicodeScript, String> SINGLE_LANGUAGE =
      Map.of(
          UnicodeScript.HEBREW, "he",
          UnicodeScript.GREEK, "el",
          UnicodeScript.THAI, "th",
          UnicodeScript.GEORGIAN, "ka",
          UnicodeScript.ARMENIAN, "hy",
          UnicodeScript.DEVANAGARI, "hi",
          UnicodeScript.BENGALI, "bn",
          UnicodeScript.TAMIL, "ta");

  private ScriptLanguages() {}

  /** The language of a text whose dominant script is {@code script}, if the script tells. */
  static Optional<String> guess(UnicodeScript script, ScriptCounts counts, String text) {
    if (script == UnicodeScript.HAN) {
      return Optional.of(cjk(counts));
    }
    if (script == UnicodeScript.CYRILLIC) {
      return Optional.of(cyrillic(text, counts.of(UnicodeScript.CYRILLIC)));
    }
    if (script == UnicodeScript.ARABIC) {
      return Optional.of(arabic(text, counts.of(UnicodeScript.ARABIC)));
    }
    return Optional.ofNullable(SINGLE_LANGUAGE.get(script));
  }

  private static String cjk(ScriptCounts counts) {
    int all = counts.cjk();
    int kana = counts.of(UnicodeScript.HIRAGANA) + counts.of(UnicodeScript.KATAKANA);
    if (counts.of(UnicodeScript.HANGUL) * 10 >= all * 3) {
      return "ko";
    }
    return kana * 10 >= all ? "ja" : "zh";
  }

  private static String cyrillic(String text, int letters) {
    int share = Math.max(1, letters / 200);
    if (count(text, "ђћџљњј") >= share) {
      return "sr";
    }
    if (count(text, "ѓќѕ") >= share) {
      return "mk";
    }
    if (count(text, "ў") >= share) {
      return "be";
    }
    if (count(text, "іїєґІЇЄҐ") >= share) {
      return "uk";
    }
    if (count(text, "ыэЫЭ") == 0 && count(text, "ъ") >= share) {
      return "bg";
    }
    return "ru";
  }

  private static String arabic(String text, int letters) {
    int share = Math.max(1, letters / 200);
    if (count(text, "ٹڈڑںے") >= share) {
      return "ur";
    }
    if (count(text, "پچژگ") >= share || count(text, "ی") > count(text, "ي")) {
      return "fa";
    }
    return "ar";
  }

  private static int count(String text, String letters) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      if (letters.indexOf(text.charAt(i)) >= 0) {
        count++;
      }
    }
    return count;
  }
}
