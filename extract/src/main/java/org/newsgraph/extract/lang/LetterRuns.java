package org.newsgraph.extract.lang;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts text into its runs of letters, or of letters and numbers, as splitting it on {@code
 * [^\p{L}]+} or {@code [^\p{L}\p{N}]+} and dropping empty parts would, in one pass over its code
 * points and without a regular expression.
 */
public final class LetterRuns {

  private LetterRuns() {}

  /** The runs of letters ({@code \p{L}+}) of {@code text}, in order. */
  public static List<String> letters(String text) {
    return runs(text, false);
  }

  /** The runs of letters and numbers ({@code [\p{L}\p{N}]+}) of {@code text}, in order. */
  public static List<String> lettersAndNumbers(String text) {
    return runs(text, true);
  }

  private static List<String> runs(String text, boolean numbers) {
    List<String> runs = new ArrayList<>();
    int start = -1;
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      boolean inRun = Character.isLetter(cp) || (numbers && isNumber(cp));
      if (inRun && start < 0) {
        start = i;
      } else if (!inRun && start >= 0) {
        runs.add(text.substring(start, i));
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      runs.add(text.substring(start));
    }
    return runs;
  }

  private static boolean isNumber(int cp) {
    if (cp < 0x80) {
      return cp >= '0' && cp <= '9';
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }
}
