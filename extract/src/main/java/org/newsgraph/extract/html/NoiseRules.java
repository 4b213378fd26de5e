package org.newsgraph.extract.html;

import java.util.List;
import java.util.Locale;
import java.util.Set;
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

  private static final Set<String> COMMENT_NAMES =
      Set.of("respond", "replies", "disqus", "dsq", "commentlist", "commentlisting");
  private static final List<String> COMMENT_PREFIXES = List.of("comment", "disqus");
  private static final Set<String> NOT_COMMENTS = Set.of("commentary", "commentaries");

  private static final Set<String> CERTAIN_NAMES =
      Set.of(
          "share", "shares", "sharing", "sharethis", "sharebar", "sharetools", "addthis",
          "social", "sociable", "socialmedia", "newsletter", "subscribe", "subscription", "signup",
          "cookie", "cookies", "consent", "gdpr", "breadcrumb", "breadcrumbs", "related",
          "relatedposts", "outbrain", "taboola", "promo", "promotion", "sponsor", "sponsored",
          "byline", "meta", "metadata", "postmeta", "tags", "tagcloud", "pagination", "pager",
          "print", "rss", "skip", "popup", "modal", "overlay", "login", "rating", "recommendations",
          "trending", "mostpopular", "popular", "hidden", "hide", "nocontent", "footer",
          "copyright", "masthead");
  private static final List<String> CERTAIN_PREFIXES =
      List.of(
          "newsletter", "breadcrumb", "related", "outbrain", "taboola", "sponsor", "subscri",
          "sharing", "byline", "addthis");

  private static final Set<String> LIKELY_NAMES =
      Set.of(
          "sidebar", "nav", "navbar", "navigation", "topnav", "menu", "widget", "widgets",
          "header", "banner", "tools", "toolbar", "actions", "links", "linklist", "bio", "profile",
          "author", "carousel", "feed", "recent", "archive", "search", "logo", "ad", "ads", "adv",
          "advert", "advertisement", "advertising", "adsense");

  /** Names that make a wrapper likely to hold the article. */
  private static final Set<String> CONTENT_NAMES =
      Set.of(
          "article", "content", "entry", "post", "story", "body", "text", "hentry", "main",
          "articlebody", "storybody", "postbody", "entrycontent", "blog", "page");

  /** Class names that file a post under a taxonomy term, whose words say nothing of layout. */
  private static final List<String> TAXONOMY_PREFIXES =
      List.of(
          "category-", "tag-", "cat-", "author-", "topic-", "keyword-", "section-", "series-",
          "format-", "entry-category-", "entry-tag-", "entry-author-", "post-category-",
          "post-tag-", "post-author-");

  private NoiseRules() {}

  /** Whether {@code e} and everything inside it is never article text, whatever it holds. */
  static boolean isNeverContent(Element e) {
    String tag = e.normalName();
    if (NOISE_TAGS.contains(tag)) {
      return true;
    }
    if (tag.equals("body") || tag.equals("html")) {
      return false;
    }
    if (isHidden(e)) {
      return true;
    }
    String role = e.attr("role");
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
  }

  /** What the tag, class and id of {@code e} say about it. */
  static Naming naming(Element e) {
    String tag = e.normalName();
    boolean articleBody = isArticleBody(e);
    NameTokens tokens = tokens(e);
    boolean contentName =
        tag.equals("article") || articleBody || (tokens != null && tokens.any(CONTENT_NAMES));
    if (tokens == null
        || articleBody
        || tag.equals("body")
        || tag.equals("html")
        || tag.equals("main")) {
      return contentName ? new Naming(Suspicion.NONE, true) : Naming.PLAIN;
    }
    return new Naming(suspicion(tokens, tag, contentName), contentName);
  }

  private static Suspicion suspicion(NameTokens tokens, String tag, boolean contentName) {
    if (tokens.any(COMMENT_NAMES) || tokens.anyStartingWith(COMMENT_PREFIXES, NOT_COMMENTS)) {
      return Suspicion.COMMENTS;
    }
    if (tokens.any(CERTAIN_NAMES) || tokens.anyStartingWith(CERTAIN_PREFIXES, Set.of())) {
      return Suspicion.CERTAIN;
    }
    if (!tokens.any(LIKELY_NAMES)) {
      return Suspicion.NONE;
    }
    boolean list = tag.equals("ul") || tag.equals("ol") || tag.equals("li");
    return list || !contentName ? Suspicion.LIKELY : Suspicion.NONE;
  }

  private static boolean isArticleBody(Element e) {
    String itemprop = e.attr("itemprop");
    return !itemprop.isEmpty() && itemprop.toLowerCase(Locale.ROOT).contains("articlebody");
  }

  /** The words of the class and id of {@code e}, or {@code null} when it has none. */
  private static NameTokens tokens(Element e) {
    String className = e.className();
    String id = e.id();
    if (className.isEmpty() && id.isEmpty()) {
      return null;
    }
    return NameTokens.of(layoutClasses(className) + " " + id);
  }

  /** {@code className} without the class names that only file the post under a term. */
  private static String layoutClasses(String className) {
    if (className.indexOf('-') < 0) {
      return className;
    }
    StringBuilder kept = new StringBuilder();
    for (String name : className.split("\\s+")) {
      if (!isTaxonomy(name.toLowerCase(Locale.ROOT))) {
        kept.append(name).append(' ');
      }
    }
    return kept.toString();
  }

  private static boolean isTaxonomy(String name) {
    for (String prefix : TAXONOMY_PREFIXES) {
      if (name.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isHidden(Element e) {
    if (e.hasAttr("hidden")) {
      return true;
    }
    if (e.attr("aria-hidden").equalsIgnoreCase("true")) {
      return true;
    }
    String style = e.attr("style");
    if (style.isEmpty()) {
      return false;
    }
    String compact = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return compact.contains("display:none") || compact.contains("visibility:hidden");
  }
}
