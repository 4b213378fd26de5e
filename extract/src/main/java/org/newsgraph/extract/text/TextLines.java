package org.newsgraph.extract.text;

import java.util.regex.Pattern;

/** Character-level facts about one line of scraped text. */
final class TextLines {

  private static final Pattern LIST_ITEM =
      Pattern.compile("(?:[-*\u2022\u25AA\u2013\u2014]|\\d{1,2}[.)])\\s");

  private TextLines() {}

  /** Whether {@code c} is spacing, including the no-break and zero-width spaces web pages use. */
  static boolean isSpace(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
  }

  /** Whether {@code line} has nothing but spacing. */
  static boolean isBlank(String line) {
    return line.codePoints().allMatch(TextLines::isSpace);
  }

  /** {@code line} without spacing at either end. */
  static String trim(String line) {
    int start = 0;
    int end = line.length();
    while (start < end && isSpace(line.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(line.charAt(end - 1))) {
      end--;
    }
    return line.substring(start, end);
  }

  /** How many spacing characters open {@code line}. */
  static int indent(String line) {
    int n = 0;
    while (n < line.length() && isSpace(line.charAt(n))) {
      n++;
    }
    return n;
  }

  /**
   * Whether trimmed {@code line} ends as a sentence does: with a full stop, question or exclamation
   * mark or ellipsis (Latin or CJK), or with a closing quote or bracket after one, or with a
   * closing quote alone, as a paragraph may end on a quoted phrase.
   */
  static boolean endsSentence(String line) {
    int end = line.length();
    if (end == 0) {
      return false;
    }
    char last = line.charAt(end - 1);
    if (isTerminator(last) || isClosingQuote(last)) {
      return true;
    }
    return (last == ')' || last == ']') && end >= 2 && isTerminator(line.charAt(end - 2));
  }

  /** Whether trimmed {@code line} is a list item: a bullet, dash or number and a space first. */
  static boolean isListItem(String line) {
    return LIST_ITEM.matcher(line).lookingAt();
  }

  static boolean isTerminator(char c) {
    return c == '.'
        || c == '!'
        || c == '?'
        || c == '\u2026'
        || c == '\u3002'
        || c == '\uFF01'
        || c == '\uFF1F';
  }

  private static boolean isClosingQuote(char c) {
    return c == '"' || c == '\u201D' || c == '\u2019' || c == '\u00BB' || c == '\'';
  }
}
