package org.newsgraph.extract.meta;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The short pieces of text that follow the headline: where bylines and datelines are written
 * when the page marks them up with nothing more telling than a {@code <p>} or a {@code <span>}.
 */
final class NearHeadline {

  /** How many text pieces after the headline are looked at. */
  static final int MAX_PIECES = 25;

  private static final int MAX_PIECE_CHARS = 200;

  private NearHeadline() {}

  /**
   * The texts of the elements holding the first text nodes after {@code headline}, short ones
   * only, outside comments and sidebars.
   */
  static List<String> texts(Element headline, Regions regions, ShortTexts texts) {
    List<String> pieces = new ArrayList<>();
    if (headline == null) {
      return pieces;
    }
    Element root = headline.ownerDocument() == null ? headline : headline.ownerDocument().body();
    if (!isWithin(headline, root)) {
      return pieces;
    }
    Element lastParent = null;
    int seen = 0;
    for (Node node = following(headline, root); node != null; node = next(node, root)) {
      if (!(node instanceof TextNode text) || text.isBlank()) {
        continue;
      }
      Element parent = text.parent();
      if (parent == null
          || parent == lastParent
          || parent.nameIs("script")
          || parent.nameIs("style")) {
        continue;
      }
      lastParent = parent;
      seen++;
      String piece = texts.of(parent, MAX_PIECE_CHARS);
      if (piece != null && !regions.isElsewhere(parent)) {
        pieces.add(piece);
      }
      if (seen >= MAX_PIECES) {
        break;
      }
    }
    return pieces;
  }

  private static boolean isWithin(Node node, Node root) {
    for (Node n = node; n != null; n = n.parentNode()) {
      if (n == root) {
        return true;
      }
    }
    return false;
  }

  /** The node after {@code node} in page order: its first child, else what follows it. */
  private static Node next(Node node, Node root) {
    return node.childNodeSize() > 0 ? node.childNode(0) : following(node, root);
  }

  /** The first node after {@code node} and all it holds, within {@code root}; or null. */
  private static Node following(Node node, Node root) {
    for (Node n = node; n != root; n = n.parentNode()) {
      Node sibling = n.nextSibling();
      if (sibling != null) {
        return sibling;
      }
    }
    return null;
  }
}
