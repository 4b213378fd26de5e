package org.newsgraph.nlp.quote;

/**
 * A stretch of text between quotation marks.
 *
 * @param open         offset of the opening mark
 * @param contentStart offset of the first character inside the marks
 * @param contentEnd   offset after the last character inside the marks
 * @param end          offset after the closing mark, or {@code contentEnd} when none closes it
 * @param closed       whether a closing mark was found in the same paragraph
 */
record QuotedSpan(int open, int contentStart, int contentEnd, int end, boolean closed) {

  /** Whether {@code offset} lies between the marks, marks included. */
  boolean covers(int offset) {
    return offset >= open && offset < end;
  }
}
