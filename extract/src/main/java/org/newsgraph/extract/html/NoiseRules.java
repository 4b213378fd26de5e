package org.newsgraph.extract.html;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;

/**
 * Recognises page furniture. Scripts, widgets, hidden elements and landmark roles such as
 * navigation never hold article text. Class and id names of share bars, comments, newsletter
 * boxes or sidebars only make an element suspect: {@link BlockSegmenter} drops a suspect unless
 * what it turns out to hold looks like the article (sites name wrappers carelessly).
 */
final class NoiseRules {

  /** How strongly an element's names say it is furniture. */
  enum Suspicion {
    NONE,
    /** A name that could also be a careless name for a wrapper ("header", "sidebar", "ad"). */
    LIKELY,
    /** A name of something that is never the article ("share", "newsletter", "related"). */
    CERTAIN,
    /** The reader comments. */
    COMMENTS
  }

  private static final Set<String> NOISE_TAGS =
      Set.of(
          "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed",
          "nav", "aside", "footer", "menu", "dialog", "button", "select", "option", "textarea",
          "input", "label", "map", "audio", "video", "head", "title", "meta", "link");

  private static final Set<String> NOISE_ROLES =
      Set.of(
          "navigation", "banner", "complementary", "contentinfo", "search", "menu", "menubar",
          "toolbar", "dialog", "alertdialog", "tablist", "form");

  private NoiseRules() {}

  /**
   * Whether {@code e}, whose attributes are {@code attrs}, and everything inside it is never
   * article text, whatever it holds.
   */
  static boolean isNeverContent(Element e, Attributes attrs) {
    String tag = e.normalName();
    if (NOISE_TAGS.contains(tag)) {
      return true;
    }
    if (tag.equals("body") || tag.equals("html")) {
      return false;
    }
    if (isHidden(attrs)) {
      return true;
    }
    String role = attrs.get("role");
    return !role.isEmpty() && NOISE_ROLES.contains(role.toLowerCase(Locale.ROOT));
  }

  /**
   * What the class and id of an element say about it.
   *
   * @param suspicion   how strongly they say it is furniture
   * @param contentName whether they say it holds the article ("entry-content", "story")
   */
  record Naming(Suspicion suspicion, boolean contentName) {
    static final Naming PLAIN = new Naming(Suspicion.NONE, false);
    static final Naming CONTENT = new Naming(Suspicion.NONE, true);
  }

  /** What the tag, itemprop and the name {@code flags} of {@code e} say about it. */
  static Naming naming(Element e, Attributes attrs, int flags) {
    String tag = e.normalName();
    boolean articleBody = isArticleBody(attrs);
    boolean contentName =
        tag.equals("article") || articleBody || (flags & ElementNames.CONTENT) != 0;
    boolean exempt = articleBody || tag.equals("body") || tag.equals("html") || tag.equals("main");
    if (exempt || (flags & ~ElementNames.CONTENT) == 0) {
      return contentName ? Naming.CONTENT : Naming.PLAIN;
    }
    return new Naming(suspicion(flags, tag, contentName), contentName);
  }

  private static Suspicion suspicion(int flags, String tag, boolean contentName) {
    if ((flags & ElementNames.COMMENTS) != 0) {
      return Suspicion.COMMENTS;
    }
    if ((flags & ElementNames.CERTAIN) != 0) {
      return Suspicion.CERTAIN;
    }
    if ((flags & ElementNames.LIKELY) == 0) {
      return Suspicion.NONE;
    }
    boolean list = tag.equals("ul") || tag.equals("ol") || tag.equals("li");
    return list || !contentName ? Suspicion.LIKELY : Suspicion.NONE;
  }

  /** Whether schema.org markup says {@code e} is the article's body. */
  static boolean isArticleBody(Attributes attrs) {
    String itemprop = attrs.get("itemprop");
    return !itemprop.isEmpty() && itemprop.toLowerCase(Locale.ROOT).contains("articlebody");
  }

  /** A cheap first look: whether {@code style} has a word that hiding needs. */
  private static boolean mayHide(String style) {
    return style.indexOf("none") >= 0
        || style.indexOf("hidden") >= 0
        || style.indexOf("NONE") >= 0
        || style.indexOf("HIDDEN") >= 0;
  }

  private static boolean isHidden(Attributes attrs) {
    if (attrs.hasKey("hidden") || attrs.get("aria-hidden").equalsIgnoreCase("true")) {
      return true;
    }
    String style = attrs.get("style");
    if (style.isEmpty() || !mayHide(style)) {
      return false;
    }
    String compact = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return compact.contains("display:none") || compact.contains("visibility:hidden");
  }
}
