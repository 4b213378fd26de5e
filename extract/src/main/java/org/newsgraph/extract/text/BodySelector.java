package org.newsgraph.extract.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the story's paragraphs from labelled blocks by their context. The body runs from the
 * first body paragraph to the last one before the page's closing promotions: a stretch after an
 * interface line that holds nothing but interface text, short lines and paragraphs speaking to the
 * reader. Inside the body, interface text goes; a short sentence or list item stays beside a body
 * paragraph; a subheading stays between body paragraphs. A short last sentence of a lead just
 * before the first body paragraph joins it.
 */
final class BodySelector {

  /** Subheadings are short. */
  static final int MAX_HEADING_WORDS = 15;

  /** A comment section follows a story; a line about comments above this much is page furniture. */
  static final int MIN_STORY_WORDS = 50;

  /** This many lines in a row without body text separate the story from other prose. */
  static final int MAX_GAP = 8;

  static final double MIN_RUN_SHARE = 0.25;

  /** "Share this:" is a label; "He listed three reasons:" introduces a list. */
  static final int MIN_INTRODUCTION_WORDS = 4;

  /** Promotions are brief; a longer paragraph that speaks to the reader is a blog's prose. */
  static final int MAX_PROMOTION_WORDS = 40;

  /**
   * The chosen paragraphs.
   *
   * @param start the index of the first block of the body, or of the end when there is none; what
   *     comes before it is the page's header
   * @param kept the indices of the body's paragraphs, in order
   */
  record Body(int start, List<Integer> kept) {
    Body {
      kept = List.copyOf(kept);
    }
  }

  private BodySelector() {}

  static Body select(List<Block> blocks) {
    int end = endOfStory(blocks);
    boolean[] body = mainRuns(blocks, end);
    int first = 0;
    while (first < end && !body[first]) {
      first++;
    }
    if (first == end) {
      return new Body(blocks.size(), List.of());
    }
    int last = lastBodyBeforeTrailer(blocks, body, first, end);
    while (last + 1 < end && isClosingLine(blocks.get(last + 1))) {
      last++;
      body[last] = true;
    }
    if (first > 0 && isLeadSentence(blocks.get(first - 1))) {
      first--;
      body[first] = true;
    }
    List<Integer> kept = new ArrayList<>();
    for (int i = first; i <= last; i++) {
      Block block = blocks.get(i);
      boolean previousKept = !kept.isEmpty() && kept.get(kept.size() - 1) == i - 1;
      boolean nextBody = i + 1 <= last && body[i + 1];
      if (body[i]
          || block.is(Block.Kind.SHORT)
              && !isCaption(blocks, i)
              && keepsShort(block.features(), previousKept, nextBody)) {
        kept.add(i);
      }
    }
    return new Body(first, kept);
  }

  /**
   * The index after the story: a comment section opens where a line about comments follows at least
   * {@value #MIN_STORY_WORDS} words of body text; otherwise the end of the page.
   */
  private static int endOfStory(List<Block> blocks) {
    int words = 0;
    for (int i = 0; i < blocks.size(); i++) {
      Block block = blocks.get(i);
      if (block.is(Block.Kind.BODY)) {
        words += block.features().words();
      } else if (Boilerplate.COMMENTS.equals(block.reason()) && words >= MIN_STORY_WORDS) {
        return i;
      }
    }
    return blocks.size();
  }

  /**
   * Which blocks before {@code end} are body text of the story. Body paragraphs form runs, broken
   * by {@value #MAX_GAP} or more other lines in a row; the story is the run with the most words and
   * any run at least {@value #MIN_RUN_SHARE} times as long. A sidebar or a stray sentence in a menu
   * forms a short run of its own.
   */
  private static boolean[] mainRuns(List<Block> blocks, int end) {
    List<int[]> runs = new ArrayList<>();
    int[] run = null;
    int lastBody = Integer.MIN_VALUE / 2;
    for (int i = 0; i < end; i++) {
      Block block = blocks.get(i);
      if (!block.is(Block.Kind.BODY)) {
        continue;
      }
      if (run == null || i - lastBody - 1 >= MAX_GAP) {
        run = new int[] {i, i, 0};
        runs.add(run);
      }
      run[1] = i;
      run[2] += block.features().words();
      lastBody = i;
    }
    int most = 0;
    for (int[] r : runs) {
      most = Math.max(most, r[2]);
    }
    boolean[] body = new boolean[blocks.size()];
    for (int[] r : runs) {
      if (r[2] >= MIN_RUN_SHARE * most) {
        for (int i = r[0]; i <= r[1]; i++) {
          body[i] = blocks.get(i).is(Block.Kind.BODY);
        }
      }
    }
    return body;
  }

  /** The last body paragraph, before a closing stretch of promotions if there is one. */
  private static int lastBodyBeforeTrailer(List<Block> blocks, boolean[] body, int first, int end) {
    boolean[] weakFrom = new boolean[end + 1];
    weakFrom[end] = true;
    for (int i = end - 1; i >= 0; i--) {
      weakFrom[i] = weakFrom[i + 1] && (!body[i] || isPromotion(blocks.get(i).features()));
    }
    int stop = end;
    for (int t = first + 1; t < end; t++) {
      if (blocks.get(t).is(Block.Kind.BOILERPLATE) && weakFrom[t + 1]) {
        stop = t;
        break;
      }
    }
    int last = first;
    for (int i = first; i < stop; i++) {
      if (body[i]) {
        last = i;
      }
    }
    return last;
  }

  /** A short line beside a photo credit or an image file name is that picture's caption. */
  private static boolean isCaption(List<Block> blocks, int i) {
    return i > 0 && Boilerplate.isPictureLine(blocks.get(i - 1).reason())
        || i + 1 < blocks.size() && Boilerplate.isPictureLine(blocks.get(i + 1).reason());
  }

  /** A short sentence or list item that may end a story: "He declined to comment." */
  private static boolean isClosingLine(Block block) {
    LineFeatures f = block.features();
    return block.is(Block.Kind.SHORT) && isSentence(f) && f.words() >= 3;
  }

  /** A sentence, a list item, or a line that introduces a list or a quotation. */
  private static boolean isSentence(LineFeatures f) {
    String text = f.text();
    return f.endsSentence()
        || TextLines.isListItem(text) && f.words() >= 3
        || text.endsWith(":") && f.words() >= MIN_INTRODUCTION_WORDS;
  }

  /** A short paragraph that speaks to the reader: "Get our best stories in your inbox." */
  private static boolean isPromotion(LineFeatures f) {
    return f.addressesReader() && f.words() < MAX_PROMOTION_WORDS;
  }

  /** A short sentence (not a headline, which has no full stop) that opens the story. */
  private static boolean isLeadSentence(Block block) {
    LineFeatures f = block.features();
    return block.is(Block.Kind.SHORT)
        && f.words() >= 3
        && f.text().endsWith(".")
        && Character.isUpperCase(f.text().codePointAt(0));
  }

  private static boolean keepsShort(LineFeatures f, boolean previousKept, boolean nextBody) {
    if (isSentence(f)) {
      return previousKept || nextBody;
    }
    return previousKept && nextBody && isHeading(f);
  }

  /** A few words, capitalised, with no sentence inside and no trailing comma. */
  private static boolean isHeading(LineFeatures f) {
    String text = f.text();
    int firstChar = text.codePointAt(0);
    boolean opens = Character.isUpperCase(firstChar) || Character.isDigit(firstChar);
    char lastChar = text.charAt(text.length() - 1);
    return f.words() >= 2
        && f.words() <= MAX_HEADING_WORDS
        && opens
        && !f.innerSentence()
        && lastChar != ','
        && lastChar != ';';
  }
}
