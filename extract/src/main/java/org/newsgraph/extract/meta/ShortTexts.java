package org.newsgraph.extract.meta;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The short texts of one page's elements, each worked out once: the
 * readers ask for the same bylines, datelines and headings in turn. Remembers how much text an
 * element has, or that it has more than was counted, and its cleaned text when that was built.
 */
final class ShortTexts {

  /**
   * What is known of an element's text: with {@code text}, its length in text nodes is {@code
   * counted}; without, it is more than {@code counted}.
   */
  private record Known(int counted, String text) {}

  private final Map<Element, Known> known = new IdentityHashMap<>();

  /**
   * The cleaned text of {@code e} when it has at most {@code max} characters of text, else
   * {@code null}; elements with over twice as many characters in their text nodes are not turned
   * into text at all.
   */
  String of(Element e, int max) {
    int limit = max * 2;
    Known k = known.get(e);
    if (k == null || (k.text() == null && k.counted() < limit)) {
      int length = Text.textLength(e, limit);
      k = length > limit ? new Known(limit, null) : new Known(length, Text.clean(e.text()));
      known.put(e, k);
    }
    if (k.text() == null || k.counted() > limit) {
      return null;
    }
    return k.text().length() <= max ? k.text() : null;
  }
}
