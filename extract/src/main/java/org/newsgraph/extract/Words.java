package org.newsgraph.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Counts words the way the extraction benchmark tokenises them: runs of word characters. */
public final class Words {

  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  private Words() {}

  /** The number of {@code \w+} runs in {@code text}. */
  public static int count(CharSequence text) {
    Matcher m = WORD.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** Whether {@code text} has at least {@code n} words; stops counting there. */
  public static boolean atLeast(CharSequence text, int n) {
    Matcher m = WORD.matcher(text);
    int found = 0;
    while (found < n && m.find()) {
      found++;
    }
    return found >= n;
  }
}
