package org.newsgraph.bench.variation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Puts the paragraphs of a text (separated by a blank line) in another order. Paragraphs joined by
 * a span that crosses their separator (a quote over two paragraphs) move together as one block.
 */
final class ParagraphShuffle implements SpanMap {

  private static final String SEPARATOR = "\n\n";

  private final int[] oldStarts;
  private final int[] oldEnds;
  private final int[] newStarts;
  private final String text;

  /**
   * @param spans every span that must stay whole, as {start, end} pairs
   */
  ParagraphShuffle(String oldText, List<int[]> spans, Random random) {
    List<int[]> blocks = blocks(oldText, spans);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, random);
    oldStarts = new int[blocks.size()];
    oldEnds = new int[blocks.size()];
    newStarts = new int[blocks.size()];
    StringBuilder out = new StringBuilder(oldText.length());
    for (int i : order) {
      if (out.length() > 0) {
        out.append(SEPARATOR);
      }
      oldStarts[i] = blocks.get(i)[0];
      oldEnds[i] = blocks.get(i)[1];
      newStarts[i] = out.length();
      out.append(oldText, oldStarts[i], oldEnds[i]);
    }
    text = out.toString();
  }

  @Override
  public String text() {
    return text;
  }

  @Override
  public Span map(int start, int end) {
    for (int i = 0; i < oldStarts.length; i++) {
      if (start >= oldStarts[i] && end <= oldEnds[i]) {
        int shift = newStarts[i] - oldStarts[i];
        return new Span(start + shift, end + shift);
      }
    }
    throw new IllegalArgumentException("span [" + start + ", " + end + ") crosses a paragraph");
  }

  /** The text's blocks as {start, end}: paragraphs, joined where a span crosses a separator. */
  private static List<int[]> blocks(String text, List<int[]> spans) {
    List<int[]> blocks = new ArrayList<>();
    int blockStart = 0;
    int at = text.indexOf(SEPARATOR);
    while (at >= 0) {
      int separatorEnd = at + SEPARATOR.length();
      if (!crossed(spans, at, separatorEnd)) {
        blocks.add(new int[] {blockStart, at});
        blockStart = separatorEnd;
      }
      at = text.indexOf(SEPARATOR, separatorEnd);
    }
    blocks.add(new int[] {blockStart, text.length()});
    return blocks;
  }

  private static boolean crossed(List<int[]> spans, int from, int to) {
    for (int[] span : spans) {
      if (span[0] < to && span[1] > from) {
        return true;
      }
    }
    return false;
  }
}
