package org.newsgraph.extract.html;

import org.jsoup.nodes.Element;

/** What kind of element holds a text block, which decides how the block is scored and kept. */
enum BlockKind {
  PARAGRAPH,
  HEADING,
  LIST_ITEM,
  QUOTE,
  PRE,
  CELL,
  CAPTION,
  /** Text held directly by a generic container such as a {@code div}. */
  TEXT;

  /** The kind of block whose nearest block-level ancestor is {@code owner}. */
  static BlockKind of(Element owner) {
    return switch (owner.normalName()) {
      case "p" -> PARAGRAPH;
      case "h1", "h2", "h3", "h4", "h5", "h6" -> HEADING;
      case "li", "dd", "dt" -> LIST_ITEM;
      case "blockquote" -> QUOTE;
      case "pre" -> PRE;
      case "td", "th" -> CELL;
      case "figcaption", "caption" -> CAPTION;
      default -> TEXT;
    };
  }

  /** Whether a line break inside such a block is only a break within one paragraph. */
  boolean keepsLinesTogether() {
    return this != TEXT && this != CELL;
  }
}
