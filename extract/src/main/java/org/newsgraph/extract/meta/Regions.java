package org.newsgraph.extract.meta;

import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Tells the parts of a page that speak about other things (comments, related links, sidebars,
 * navigation, site footers, captions) from the article's own header and byline. One instance
 * serves one page and remembers its answers, so asking about every element stays linear.
 */
final class Regions {

  private static final Pattern ELSEWHERE =
      Pattern.compile(
          "comment|respond|responses|reply|related|sidebar|recent|popular|archive|calendar"
              + "|(?<![a-z])nav|menu|trending|promo|teaser|breadcrumb|most-|more-|also|recommend"
              + "|(?<!(entry|post|article|story)[-_]?)footer|copyright|tweet|disqus|livefyre"
              + "|caption");

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
    if (tag.equals("footer") && e.closest("article") == null) {
      return true;
    }
    String classAndId = classAndId(e);
    return !classAndId.isEmpty() && ELSEWHERE.matcher(classAndId).find();
  }

  /** The element's class and id attributes, lower case, separated by a space. */
  static String classAndId(Element e) {
    String classes = e.className();
    String id = e.id();
    if (classes.isEmpty() && id.isEmpty()) {
      return "";
    }
    return (classes + " " + id).toLowerCase(Locale.ROOT);
  }
}
