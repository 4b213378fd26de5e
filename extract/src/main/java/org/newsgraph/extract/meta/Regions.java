package org.newsgraph.extract.meta;

import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Tells the parts of a page that speak about other things (comments, related links, sidebars,
 * navigation, site footers, captions) from the article's own header and byline. One instance
 * serves one page and remembers its answers, so asking about every element stays linear.
 */
final class Regions {

  static final NamePattern ELSEWHERE =
      new NamePattern(
          "comment|respond|responses|reply|related|sidebar|recent|popular|archive|calendar"
              + "|(?<![a-z])nav|menu|trending|promo|teaser|breadcrumb|most-|more-|also|recommend"
              + "|(?<!(entry|post|article|story)[-_]?)footer|copyright|tweet|disqus|livefyre"
              + "|caption",
          "comment", "respon", "reply", "related", "sidebar", "recent", "popular", "archive",
          "calendar", "nav", "menu", "trending", "promo", "teaser", "breadcrumb", "most-",
          "more-", "also", "recommend", "footer", "copyright", "tweet", "disqus", "livefyre",
          "caption");

  private static final Evaluator ARTICLE = Selector.evaluatorOf("article");

  private final Map<Element, Boolean> elsewhere = new IdentityHashMap<>();

  /** Whether {@code element} sits in a part of the page that is not the article itself. */
  boolean isElsewhere(Element element) {
    Boolean known = elsewhere.get(element);
    if (known != null) {
      return known;
    }
    String tag = element.normalName();
    boolean result;
    if (tag.equals("body") || tag.equals("html")) {
      result = false;
    } else if (isElsewhereItself(element, tag)) {
      result = true;
    } else {
      Element parent = element.parent();
      result = parent != null && isElsewhere(parent);
    }
    elsewhere.put(element, result);
    return result;
  }

  private static boolean isElsewhereItself(Element e, String tag) {
    if (tag.equals("nav") || tag.equals("figcaption")) {
      return true;
    }
    if (tag.equals("footer") && e.closest(ARTICLE) == null) {
      return true;
    }
    String classAndId = classAndId(e);
    return !classAndId.isEmpty() && ELSEWHERE.find(classAndId);
  }

  /**
   * The element's class and id attributes, lower case, separated by a space when it has both.
   * The name patterns never look at the space, and with one name alone there is nothing to join.
   */
  static String classAndId(Element e) {
    return e.attributesSize() == 0 ? "" : classAndId(e.attributes());
  }

  /**
   * {@link #classAndId(Element)} of an element with {@code attributes}, their names read as
   * jsoup's HTML parser writes them, in lower case.
   */
  static String classAndId(Attributes attributes) {
    String classes = attributes.get("class").trim();
    String id = attributes.get("id");
    if (id.isEmpty()) {
      return classes.toLowerCase(Locale.ROOT);
    }
    if (classes.isEmpty()) {
      return id.toLowerCase(Locale.ROOT);
    }
    return (classes + " " + id).toLowerCase(Locale.ROOT);
  }
}
