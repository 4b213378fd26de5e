package org.newsgraph.extract.html;

import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * A page cut into text blocks in reading order, with what was learned about each element on the
 * way and the images met, page furniture left out.
 *
 * @param blocks the text blocks in document order
 * @param stats  per element outside the furniture that is a block or an image or holds one (the
 *     only elements whose statistics say anything), its text counts and ranges
 * @param images the images outside the furniture, in document order
 * @param commentStarts indices of the blocks where reader comments or trackbacks begin, ascending
 */
record PageBlocks(
    List<TextBlock> blocks,
    Map<Element, NodeStats> stats,
    List<Element> images,
    List<Integer> commentStarts) {

  /**
   * The statistics of {@code e}, or {@code null} when it is furniture, outside the body, or an
   * inline element holding neither a block nor an image.
   */
  NodeStats of(Element e) {
    return e == null ? null : stats.get(e);
  }
}
