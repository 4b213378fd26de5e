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
        if (!mayOwn(e, length / 2, key.length())) {
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
   * Whether {@code e.ownText()} may be at least {@code minLength} characters long and have
   * {@code key} as its key, judged from its own text nodes without building it. The own text
   * is those nodes with spaces normalised, invisible characters dropped and a space per line
   * break, so it is no longer than they are together (plus one per break); and it keeps all
   * their letters and digits, each of which gives the key at least one character.
   */
  private static boolean mayOwn(Element e, int minLength, int keyLength) {
    int length = 0;
    for (int i = 0; i < e.childNodeSize(); i++) {
      Node child = e.childNode(i);
      if (child instanceof TextNode node) {
        length += node.getWholeText().length();
      } else if (child.nameIs("br")) {
        length++;
      }
    }
    if (length < minLength) {
      return false;
    }
    int letters = 0;
    for (int i = 0; i < e.childNodeSize(); i++) {
      if (e.childNode(i) instanceof TextNode node) {
        String text = node.getWholeText();
        for (int j = 0; j < text.length(); j++) {
          if (Character.isLetterOrDigit(text.charAt(j)) && ++letters > keyLength) {
            return false;
          }
        }
      }
    }
    return true;
  }
}
