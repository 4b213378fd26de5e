package org.newsgraph.extract.meta;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Finds the headline's element, the landmark bylines and dates are looked for near. */
final class Headline {

  private Headline() {}

  /**
   * The heading whose text is {@code title}, else the first element outside navigation and
   * sidebars whose own text is the title, else the first such {@code <h1>}, else {@code null}.
   */
  static Element locate(PageElements elements, String title, Regions regions) {
    String key = Text.key(title);
    Element first = null;
    for (Element h : elements.headlineHeadings) {
      if (!key.isEmpty() && Text.key(h.text()).equals(key)) {
        return h;
      }
      if (first == null && h.normalName().equals("h1") && !regions.isElsewhere(h)) {
        first = h;
      }
    }
    if (!key.isEmpty()) {
      int length = title.length();
      for (Element e : elements.bodyElements) {
        if (ownTextBound(e) < length / 2) {
          continue;
        }
        String own = e.ownText();
        if (own.length() >= length / 2
            && own.length() <= length * 2
            && Text.key(own).equals(key)
            && !regions.isElsewhere(e)) {
          return e;
        }
      }
    }
    return first;
  }

  /**
   * A bound on the length of {@code e.ownText()}: the length of its own text nodes, plus one per
   * line break that may add a space.
   */
  private static int ownTextBound(Element e) {
    int bound = 0;
    for (int i = 0; i < e.childNodeSize(); i++) {
      Node child = e.childNode(i);
      if (child instanceof TextNode text) {
        bound += text.getWholeText().length();
      } else if (child.nameIs("br")) {
        bound++;
      }
    }
    return bound;
  }
}
