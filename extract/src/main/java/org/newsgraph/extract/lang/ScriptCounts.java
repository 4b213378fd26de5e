package org.newsgraph.extract.lang;

import java.lang.Character.UnicodeScript;

/** How many letters of a text belong to each writing system. */
final class ScriptCounts {

  private static final UnicodeScript[] SCRIPTS = UnicodeScript.values();

  private final int[] counts = new int[SCRIPTS.length];
  private int letters;

  private ScriptCounts() {}

  static ScriptCounts of(String text) {
    ScriptCounts counts = new ScriptCounts();
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp < 0x80) {
        if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') {
          counts.letters++;
          counts.counts[UnicodeScript.LATIN.ordinal()]++;
        }
      } else if (Character.isLetter(cp)) {
        counts.letters++;
        counts.counts[UnicodeScript.of(cp).ordinal()]++;
      }
    }
    return counts;
  }

  /** All letters counted. */
  int letters() {
    return letters;
  }

  /** The letters of {@code script}. */
  int of(UnicodeScript script) {
    return counts[script.ordinal()];
  }

  /** The script with the most letters, counting Han, kana and Hangul together as Han. */
  UnicodeScript dominant() {
    UnicodeScript best = UnicodeScript.UNKNOWN;
    int bestCount = 0;
    for (UnicodeScript script : SCRIPTS) {
      if (counts[script.ordinal()] == 0) {
        continue;
      }
      int count = isCjk(script) ? cjk() : counts[script.ordinal()];
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
