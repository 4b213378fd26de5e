package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations left open in a text. A quotation opened in a paragraph closes in it, except
 * that news style leaves a quotation open at the end of a paragraph when the next paragraph opens
 * again to continue it.
 */
final class QuotationMarks {

  private QuotationMarks() {}

  /** The offsets of the opening marks of quotations that are never closed. */
  static List<Integer> unclosed(String text) {
    List<Integer> unclosed = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf("\n\n", start);
      if (end < 0) {
        end = text.length();
      }
      int open = openAtEnd(text, start, end);
      if (open >= 0 && !continuesQuotation(text, end)) {
        unclosed.add(open);
      }
      start = end + 2;
    }
    return unclosed;
  }

  /** The offset of the mark that opens a quotation still open at {@code end}, or -1. */
  private static int openAtEnd(String text, int start, int end) {
    int open = -1;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\u201c') {
        open = i;
      } else if (c == '\u201d') {
        open = -1;
      } else if (c == '"') {
        open = open < 0 ? i : -1;
      }
    }
    return open;
  }

  /** Whether the paragraph after the break at {@code end} opens with a quotation mark. */
  private static boolean continuesQuotation(String text, int end) {
    int next = end;
    while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
      next++;
    }
    return next < text.length() && (text.charAt(next) == '\u201c' || text.charAt(next) == '"');
  }
}
