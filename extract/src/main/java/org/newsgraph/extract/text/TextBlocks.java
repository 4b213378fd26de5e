package org.newsgraph.extract.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits scraped text into candidate paragraphs. Blank lines separate paragraphs, and so does a
 * line break, because scrapers usually print one paragraph per line. The exception is hard-wrapped
 * text, whose lines fill a fixed width: a full line runs on into the next, and so does a line that
 * stops mid-sentence before one that opens in lower case. Joined lines meet at one space; nothing
 * else in a line changes.
 */
final class TextBlocks {

  /** Wider lines are not hard-wrapped: writers and scrapers wrap at 60 to 80 columns. */
  static final int MAX_WRAP_WIDTH = 100;

  /** Narrower blocks are menus or lists, not wrapped prose. */
  static final int MIN_WRAP_WIDTH = 40;

  /** A line this full, relative to the widest in its block, was wrapped by width. */
  static final double FULL_LINE = 0.6;

  private TextBlocks() {}

  /** The candidate paragraphs of {@code text}, trimmed and non-empty, in order. */
  static List<String> split(String text) {
    List<String> blocks = new ArrayList<>();
    List<String> group = new ArrayList<>();
    for (String line : text.split("\\R", -1)) {
      if (TextLines.isBlank(line)) {
        splitGroup(group, blocks);
        group.clear();
      } else {
        group.add(line);
      }
    }
    splitGroup(group, blocks);
    return blocks;
  }

  /** Splits lines that no blank line separates into paragraphs. */
  private static void splitGroup(List<String> lines, List<String> blocks) {
    if (lines.isEmpty()) {
      return;
    }
    int width = 0;
    for (String line : lines) {
      width = Math.max(width, TextLines.trim(line).length());
    }
    boolean wrapped = lines.size() > 1 && width >= MIN_WRAP_WIDTH && width <= MAX_WRAP_WIDTH;
    StringBuilder paragraph = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      if (paragraph.length() > 0) {
        paragraph.append(' ');
      }
      paragraph.append(TextLines.trim(lines.get(i)));
      boolean last = i + 1 == lines.size();
      if (last || !runsOn(lines.get(i), lines.get(i + 1), wrapped ? width : 0)) {
        blocks.add(paragraph.toString());
        paragraph.setLength(0);
      }
    }
  }

  /**
   * Whether {@code line} continues on {@code next}: it fills a wrapped block's width and the next
   * line is not indented as a new paragraph, or it breaks off mid-sentence before lower case.
   */
  private static boolean runsOn(String rawLine, String rawNext, int wrapWidth) {
    String line = TextLines.trim(rawLine);
    boolean indented = TextLines.indent(rawNext) > TextLines.indent(rawLine);
    if (wrapWidth > 0 && line.length() >= FULL_LINE * wrapWidth && !indented) {
      return true;
    }
    String nextLine = TextLines.trim(rawNext);
    return !TextLines.endsSentence(line)
        && !nextLine.isEmpty()
        && Character.isLowerCase(nextLine.codePointAt(0))
        && line.indexOf(' ') > 0;
  }
}
