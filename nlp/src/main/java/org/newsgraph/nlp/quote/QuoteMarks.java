package org.newsgraph.nlp.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the outermost quotations of a text, paragraph by paragraph (a line is a paragraph).
 * Curly and straight double marks, doubled apostrophes ({@code ''}), guillemets and low marks
 * open a quotation; single marks do
 * only when a closing single mark follows in the same paragraph, so apostrophes are not taken for
 * quotes. A quotation still open at the end of its paragraph runs to that end: news continues a
 * long quote in the next paragraph with a new opening mark. Quotations inside a quotation are
 * part of its content.
 */
final class QuoteMarks {

  private static final int MAX_SINGLE_LENGTH = 200;

  private QuoteMarks() {}

  /** The outermost quotations of {@code text}, in order; never empty content. */
  static List<QuotedSpan> find(String text) {
    List<QuotedSpan> spans = new ArrayList<>();
    int lineStart = 0;
    while (lineStart < text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      findInLine(text, lineStart, lineEnd, spans);
      lineStart = lineEnd + 1;
    }
    return spans;
  }

  private static void findInLine(String text, int from, int to, List<QuotedSpan> out) {
    int i = from;
    while (i < to) {
      int close;
      int mark = isDoubledApostrophe(text, i) ? 2 : 1;
      if (opensDouble(text, i, from)) {
        close = closeOfDouble(text, i, to);
      } else if (opensSingle(text, i, from, to)) {
        close = closeOfSingle(text, i, to);
        if (close < 0) {
          i++;
          continue;
        }
      } else {
        i++;
        continue;
      }
      int contentEnd = close < 0 ? trimEnd(text, i + mark, to) : close;
      int contentStart = trimStart(text, i + mark, contentEnd);
      contentEnd = trimEnd(text, contentStart, contentEnd);
      int end = close < 0 ? contentEnd : close + (isDoubledApostrophe(text, close) ? 2 : 1);
      if (contentEnd > contentStart) {
        out.add(new QuotedSpan(i, contentStart, contentEnd, end, close >= 0));
      }
      i = Math.max(end, i + 1);
    }
  }

  /** Whether two straight apostrophes stand at {@code i} for a double mark, as some archives write. */
  private static boolean isDoubledApostrophe(String text, int i) {
    return text.startsWith("''", i);
  }

  private static boolean opensDouble(String text, int i, int lineStart) {
    if (isDoubledApostrophe(text, i)) {
      return !(i > lineStart && isWordEnd(text.charAt(i - 1)) && !startsWord(text, i + 2));
    }
    char c = text.charAt(i);
    if (c == '“' || c == '„' || c == '«') {
      return true;
    }
    // A straight mark opens unless it clings to the word before and not to the word after.
    return c == '"' && !(i > lineStart && isWordEnd(text.charAt(i - 1)) && !startsWord(text, i + 1));
  }

  /**
   * The offset of the mark that closes the double quotation opened at {@code open}, or -1. Curly
   * marks nest; a straight mark that clings to the word before it closes a curly quotation, and
   * a closing curly mark with no curly opening before it closes a straight one (mixed marks).
   */
  private static int closeOfDouble(String text, int open, int to) {
    if (isDoubledApostrophe(text, open)) {
      int close = text.indexOf("''", open + 2);
      return close >= 0 && close < to ? close : -1;
    }
    char opener = text.charAt(open);
    int nested = 0;
    for (int i = open + 1; i < to; i++) {
      char c = text.charAt(i);
      if (opener == '"') {
        if (c == '“') {
          nested++;
        } else if (c == '"' || c == '”' && nested == 0) {
          return i;
        } else if (c == '”') {
          nested--;
        }
      } else if (opener == '„') {
        if (c == '“' || c == '”') {
          return i;
        }
      } else if (c == '"' && nested == 0 && opener == '“' && looksClosing(text, i, to)) {
        return i;
      } else if (c == opener) {
        nested++;
      } else if (c == (opener == '«' ? '»' : '”')) {
        if (nested == 0) {
          return i;
        }
        nested--;
      }
    }
    return -1;
  }

  /** Whether a straight mark clings to the word before it and not to the word after it. */
  private static boolean looksClosing(String text, int i, int to) {
    return !Character.isWhitespace(text.charAt(i - 1)) && (i + 1 >= to || !Character.isLetterOrDigit(text.charAt(i + 1)));
  }

  private static boolean opensSingle(String text, int i, int lineStart, int to) {
    char c = text.charAt(i);
    if (c != '‘' && c != '\'') {
      return false;
    }
    boolean afterSpace = i == lineStart || !isWordEnd(text.charAt(i - 1));
    return afterSpace && i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1));
  }

  private static int closeOfSingle(String text, int open, int to) {
    int limit = Math.min(to, open + MAX_SINGLE_LENGTH);
    for (int i = open + 2; i < limit; i++) {
      char c = text.charAt(i);
      if ((c == '’' || c == '\'')
          && !Character.isWhitespace(text.charAt(i - 1))
          && (i + 1 == to || !Character.isLetterOrDigit(text.charAt(i + 1)))
          && !(text.charAt(i - 1) == 's' && i + 1 < to && text.charAt(i + 1) == ' '
              && i + 2 < to && Character.isLowerCase(text.charAt(i + 2)))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isWordEnd(char c) {
    return Character.isLetterOrDigit(c) || c == '.' || c == ',' || c == '!' || c == '?'
        || c == ';' || c == ':' || c == '%' || c == ')' || c == '’' || c == '\'';
  }

  private static boolean startsWord(String text, int i) {
    return i < text.length() && !Character.isWhitespace(text.charAt(i))
        && !(text.charAt(i) == ',' || text.charAt(i) == '.');
  }

  private static int trimStart(String text, int from, int to) {
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    return from;
  }

  private static int trimEnd(String text, int from, int to) {
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    return to;
  }
}
