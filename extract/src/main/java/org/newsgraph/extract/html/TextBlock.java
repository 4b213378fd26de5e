package org.newsgraph.extract.html;

import org.jsoup.nodes.Element;

/**
 * A run of text between two block boundaries of the page, whitespace-normalised.
 *
 * @param text      the text, trimmed, never empty
 * @param chars     its characters other than spaces
 * @param words     its runs of letters and digits
 * @param linkChars those of its characters that are inside links
 * @param owner     the nearest block-level element around the text
 * @param kind      the kind of {@code owner}
 */
record TextBlock(
    String text, int chars, int words, int linkChars, Element owner, BlockKind kind) {

  /** The share of the block's characters that are link text, from 0 to 1. */
  double linkDensity() {
    return chars == 0 ? 0 : (double) linkChars / chars;
  }

  /** Whether the block is a real paragraph of text: long enough, and not mostly links. */
  boolean isSubstantial() {
    return words >= NodeStats.SUBSTANTIAL_WORDS && linkDensity() < 0.3;
  }
}
