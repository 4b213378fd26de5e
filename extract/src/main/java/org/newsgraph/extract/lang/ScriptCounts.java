package org.newsgraph.extract.lang;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Map;

/** How many letters of a text belong to each writing system. */
final class ScriptCounts {

  private final Map<UnicodeScript, Integer> counts = new EnumMap<>(UnicodeScript.class);
  private int letters;

  private ScriptCounts() {}

  static ScriptCounts of(String text) {
    ScriptCounts counts = new ScriptCounts();
    text.codePoints()
        .filter(Character::isLetter)
        .forEach(cp -> {
          counts.letters++;
          counts.counts.merge(UnicodeScript.of(cp), 1, Integer::sum);
        });
    return counts;
  }

  /** All letters counted. */
  int letters() {
    return letters;
  }

  /** The letters of {@code script}. */
  int of(UnicodeScript script) {
    return counts.getOrDefault(script, 0);
  }

  /** The script with the most letters, counting Han, kana and Hangul together as Han. */
  UnicodeScript dominant() {
    UnicodeScript best = UnicodeScript.UNKNOWN;
    int bestCount = 0;
    for (Map.Entry<UnicodeScript, Integer> entry : counts.entrySet()) {
      UnicodeScript script = entry.getKey();
      int count = isCjk(script) ? cjk() : entry.getValue();
      if (count > bestCount) {
        best = isCjk(script) ? UnicodeScript.HAN : script;
        bestCount = count;
      }
    }
    return best;
  }

  /** Han, kana and Hangul letters together. */
  int cjk() {
    return of(UnicodeScript.HAN) + of(UnicodeScript.HIRAGANA) + of(UnicodeScript.KATAKANA)
        + of(UnicodeScript.HANGUL);
  }

  private static boolean isCjk(UnicodeScript script) {
    return script == UnicodeScript.HAN
        || script == UnicodeScript.HIRAGANA
        || script == UnicodeScript.KATAKANA
        || script == UnicodeScript.HANGUL;
  }
}
