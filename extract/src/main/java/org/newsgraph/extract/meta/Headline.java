package org.newsgraph.extract.meta;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Finds the headline's element, the landmark bylines and dates are looked for near. */
final class Headline {

  private Headline() {}

  /**
   * The heading whose text is {@code title}, else the first element outside navigation and
   * sidebars whose own text is the title, else the first such {@code <h1>}, else {@code null}.
   */
  static Element locate(Document doc, String title, Regions regions) {
    String key = Text.key(title);
    Element first = null;
    for (Element h : doc.body().select("h1, h2, h3, [itemprop=headline]:not(meta)")) {
      if (!key.isEmpty() && Text.key(h.text()).equals(key)) {
        return h;
      }
      if (first == null && h.normalName().equals("h1") && !regions.isElsewhere(h)) {
        first = h;
      }
    }
    if (!key.isEmpty()) {
      int length = title.length();
      for (Element e : doc.body().getAllElements()) {
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
}
