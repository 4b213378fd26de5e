package org.newsgraph.extract.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits scraped text into candidate paragraphs. Blank lines separate paragraphs, and so does a
 * line break, because scrapers usually print one paragraph per line. The exception is hard-wrapped
 * text, three or more lines that fill a fixed width: a full line runs on into the next when the
 * next one's first word would not have fitted, and so does a line that stops mid-sentence before
 * one that opens in lower case. Joined lines meet at one space; nothing else in a line changes.
 */
final class TextBlocks {

  /** Wider lines are not hard-wrapped: writers and scrapers wrap at 60 to 80 columns. */
  static final int MAX_WRAP_WIDTH = 100;

  /** Narrower blocks are menus or lists, not wrapped prose. */
  static final int MIN_WRAP_WIDTH = 40;

  /** A line this full, relative to the widest in its block, may have been wrapped by width. */
  static final double FULL_LINE = 0.6;

  /** Most lines of wrapped text are at least this full. */
  static final double NEARLY_FULL = 0.8;

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
    boolean wrapped = isWrapped(lines, width);
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
   * Whether {@code lines} were wrapped at {@code width}: three or more lines, a width writers wrap
   * at, and most lines but the last nearly that wide.
   */
  private static boolean isWrapped(List<String> lines, int width) {
    if (lines.size() < 3 || width < MIN_WRAP_WIDTH || width > MAX_WRAP_WIDTH) {
      return false;
    }
    int full = 0;
    for (String line : lines.subList(0, lines.size() - 1)) {
      if (TextLines.trim(line).length() >= NEARLY_FULL * width) {
        full++;
      }
    }
    return full >= 2 && 2 * full >= lines.size() - 1;
  }

  /**
   * Whether {@code line} continues on {@code next}: in a wrapped block, it is nearly full, the next
   * line's first word would not have fitted on it, and the next line is not indented as a new
   * paragraph; or it breaks off mid-sentence before lower case. A list item never continues a line.
   */
  private static boolean runsOn(String rawLine, String rawNext, int wrapWidth) {
    String line = TextLines.trim(rawLine);
    String nextLine = TextLines.trim(rawNext);
    int nextWord = nextLine.indexOf(' ') < 0 ? nextLine.length() : nextLine.indexOf(' ');
    boolean full =
        line.length() >= FULL_LINE * wrapWidth && line.length() + 1 + nextWord > wrapWidth;
    boolean indented = TextLines.indent(rawNext) > TextLines.indent(rawLine);
    if (TextLines.isListItem(nextLine)) {
      return false;
    }
    if (wrapWidth > 0 && full && !indented) {
      return true;
    }
    return !TextLines.endsSentence(line)
        && !nextLine.isEmpty()
        && Character.isLowerCase(nextLine.codePointAt(0))
        && line.indexOf(' ') > 0;
  }
}
