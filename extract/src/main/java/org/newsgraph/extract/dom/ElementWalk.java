package org.newsgraph.extract.dom;

import java.util.Arrays;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Visits the nodes under an element in document order, entering and leaving each element. It
 * reads children by index from its own stack of open elements, which is cheaper than jsoup's
 * traversal, which finds each next sibling through the parent.
 */
public final class ElementWalk {

  /** What a walk does at each node. */
  public interface Visitor {

    /** Starts element {@code e}; returns whether to walk inside it. */
    boolean enter(Element e);

    /** Ends element {@code e}, entered and walked inside. */
    default void leave(Element e) {}

    /** Reads a text node of an entered element. */
    default void text(TextNode text) {}
  }

  private ElementWalk() {}

  /** Walks {@code root} and, as far as {@code visitor} enters, everything under it. */
  public static void walk(Element root, Visitor visitor) {
    if (!visitor.enter(root)) {
      return;
    }
    Element[] path = new Element[64];
    int[] next = new int[path.length];
    int depth = 0;
    path[0] = root;
    while (depth >= 0) {
      Element parent = path[depth];
      int i = next[depth];
      if (i == parent.childNodeSize()) {
        visitor.leave(parent);
        depth--;
        continue;
      }
      next[depth] = i + 1;
      Node child = parent.childNode(i);
      if (child instanceof TextNode text) {
        visitor.text(text);
      } else if (child instanceof Element e && visitor.enter(e)) {
        if (++depth == path.length) {
          path = Arrays.copyOf(path, depth * 2);
          next = Arrays.copyOf(next, depth * 2);
        }
        path[depth] = e;
        next[depth] = 0;
      }
    }
  }
}
