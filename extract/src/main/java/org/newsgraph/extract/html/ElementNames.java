package org.newsgraph.extract.html;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the words of an element's class and id say about it, as bit flags. Names are cut into
 * words at every character that is not a letter or digit and at camel case ({@code
 * "post-shareBar"} gives post, share, bar); class names that only file a post under a taxonomy
 * term ({@code category-social-media}) are ignored. Results for class attributes are cached per
 * page, since pages repeat them.
 */
final class ElementNames {

  /** Names of the article's content ("entry-content", "story-body"). */
  static final int CONTENT = 1;
  /** Names of reader comments. */
  static final int COMMENTS = 1 << 1;
  /** Names of things that are never the article ("share", "newsletter", "related"). */
  static final int CERTAIN = 1 << 2;
  /** Names of furniture that could also name a wrapper carelessly ("header", "sidebar", "ad"). */
  static final int LIKELY = 1 << 3;
  /** Names of minor parts that rarely hold the story ("caption", "teaser", "list"). */
  static final int MINOR = 1 << 4;

  private static final Map<String, Integer> WORDS = new HashMap<>();

  static {
    words(
        CONTENT,
        "article", "articlebody", "content", "entry", "entrycontent", "post", "postbody", "story",
        "storybody", "body", "text", "hentry", "main", "blog", "permalink", "page");
    words(COMMENTS, "respond", "replies", "disqus", "dsq", "commentlist", "commentlisting");
    words(
        CERTAIN,
        "share", "shares", "sharing", "sharethis", "sharebar", "sharetools", "addthis", "social",
        "sociable", "socialmedia", "newsletter", "subscribe", "subscription", "signup", "cookie",
        "cookies", "consent", "gdpr", "breadcrumb", "breadcrumbs", "related", "relatedposts",
        "outbrain", "taboola", "promo", "promotion", "sponsor", "sponsored", "byline", "meta",
        "metadata", "postmeta", "tags", "tagcloud", "pagination", "pager", "print", "rss", "skip",
        "popup", "modal", "overlay", "login", "rating", "recommendations", "trending",
        "mostpopular", "popular", "hidden", "hide", "nocontent", "footer", "copyright",
        "masthead", "twitter", "tweet", "facebook", "instagram", "pinterest", "linkedin",
        "whatsapp", "reddit");
    words(
        LIKELY,
        "sidebar", "nav", "navbar", "navigation", "topnav", "menu", "widget", "widgets", "header",
        "banner", "tools", "toolbar", "actions", "links", "linklist", "bio", "profile", "author",
        "carousel", "feed", "recent", "archive", "search", "logo", "about", "ad", "ads", "adv",
        "advert",
        "advertisement", "advertising", "adsense");
    words(MINOR, "teaser", "list", "caption", "credit");
  }

  private static final List<String> COMMENT_PREFIXES = List.of("comment", "disqus");
  private static final Set<String> NOT_COMMENTS = Set.of("commentary", "commentaries");
  private static final List<String> CERTAIN_PREFIXES =
      List.of(
          "newsletter", "breadcrumb", "related", "outbrain", "taboola", "sponsor", "subscri",
          "sharing", "byline", "addthis");

  /** Class names that file a post under a taxonomy term, whose words say nothing of layout. */
  private static final List<String> TAXONOMY_PREFIXES =
      List.of(
          "category-", "tag-", "cat-", "author-", "topic-", "keyword-", "section-", "series-",
          "format-", "entry-category-", "entry-tag-", "entry-author-", "post-category-",
          "post-tag-", "post-author-");

  private final Map<String, Integer> classCache = new HashMap<>();

  private static void words(int flag, String... words) {
    for (String word : words) {
      WORDS.merge(word, flag, (a, b) -> a | b);
    }
  }

  /** The flags of an element with class attribute {@code className} and id {@code id}. */
  int flags(String className, String id) {
    int flags = id.isEmpty() ? 0 : scan(id);
    if (!className.isEmpty()) {
      flags |= classCache.computeIfAbsent(className, ElementNames::classFlags);
    }
    return flags;
  }

  private static int classFlags(String className) {
    int flags = 0;
    int start = -1;
    for (int i = 0; i <= className.length(); i++) {
      boolean space = i == className.length() || Character.isWhitespace(className.charAt(i));
      if (space && start >= 0) {
        String name = className.substring(start, i);
        if (!isTaxonomy(name)) {
          flags |= scan(name);
        }
        start = -1;
      } else if (!space && start < 0) {
        start = i;
      }
    }
    return flags;
  }

  private static boolean isTaxonomy(String name) {
    if (name.indexOf('-') < 0) {
      return false;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    for (String prefix : TAXONOMY_PREFIXES) {
      if (lower.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /** The flags of the words of {@code names}. */
  private static int scan(String names) {
    int flags = 0;
    int start = -1;
    for (int i = 0; i <= names.length(); i++) {
      char c = i < names.length() ? names.charAt(i) : ' ';
      boolean wordChar = Character.isLetterOrDigit(c);
      boolean camel =
          wordChar && start >= 0 && Character.isUpperCase(c)
              && Character.isLowerCase(names.charAt(i - 1));
      if (start >= 0 && (!wordChar || camel)) {
        flags |= wordFlags(names.substring(start, i).toLowerCase(Locale.ROOT));
        start = -1;
      }
      if (wordChar && start < 0) {
        start = i;
      }
    }
    return flags;
  }

  private static int wordFlags(String word) {
    int flags = WORDS.getOrDefault(word, 0);
    if (word.length() > 5) {
      if (startsWithAny(word, COMMENT_PREFIXES) && !NOT_COMMENTS.contains(word)) {
        flags |= COMMENTS;
      }
      if (startsWithAny(word, CERTAIN_PREFIXES)) {
        flags |= CERTAIN;
      }
    }
    return flags;
  }

  private static boolean startsWithAny(String word, List<String> prefixes) {
    for (String prefix : prefixes) {
      if (word.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}
