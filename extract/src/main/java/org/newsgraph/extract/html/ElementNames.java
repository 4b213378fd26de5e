package org.newsgraph.extract.html;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

  private static final WordTable WORD_FLAGS = new WordTable();

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
  private static final List<String> NOT_COMMENTS = List.of("commentary", "commentaries");
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
      WORD_FLAGS.add(word, flag);
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

  /**
   * The flags of the words of {@code names}. A word of ASCII characters is looked up where it
   * stands, its lower case taken char by char; any other word is lower-cased as a string first.
   */
  private static int scan(String names) {
    int flags = 0;
    int start = -1;
    boolean ascii = true;
    int hash = 0;
    int n = names.length();
    for (int i = 0; i <= n; i++) {
      char c = i < n ? names.charAt(i) : ' ';
      boolean wordChar = isLetterOrDigit(c);
      boolean camel =
          wordChar && start >= 0 && isUpperCase(c) && Character.isLowerCase(names.charAt(i - 1));
      if (start >= 0 && (!wordChar || camel)) {
        flags |= ascii ? wordFlags(names, start, i, hash) : wordFlags(names.substring(start, i));
        start = -1;
      }
      if (wordChar) {
        if (start < 0) {
          start = i;
          ascii = true;
          hash = 0;
        }
        ascii &= c < 128;
        hash = 31 * hash + lowerAscii(c);
      }
    }
    return flags;
  }

  private static boolean isLetterOrDigit(char c) {
    if (c < 128) {
      char lower = (char) (c | 0x20);
      return (lower >= 'a' && lower <= 'z') || (c >= '0' && c <= '9');
    }
    return Character.isLetterOrDigit(c);
  }

  private static boolean isUpperCase(char c) {
    return c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
  }

  private static char lowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c;
  }

  private static int wordFlags(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return wordFlags(lower, 0, lower.length(), lower.hashCode());
  }

  /**
   * The flags of the word from {@code start} to {@code end} of {@code text}, which is ASCII or
   * already lower case; {@code hash} is the {@link String#hashCode} of the word in lower case.
   */
  private static int wordFlags(String text, int start, int end, int hash) {
    int flags = WORD_FLAGS.get(text, start, end, hash);
    if (end - start > 5) {
      if (startsWithAny(text, start, end, COMMENT_PREFIXES)
          && !containsWord(NOT_COMMENTS, text, start, end)) {
        flags |= COMMENTS;
      }
      if (startsWithAny(text, start, end, CERTAIN_PREFIXES)) {
        flags |= CERTAIN;
      }
    }
    return flags;
  }

  private static boolean startsWithAny(String text, int start, int end, List<String> prefixes) {
    for (String prefix : prefixes) {
      if (prefix.length() <= end - start && matchesLower(text, start, prefix)) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsWord(List<String> words, String text, int start, int end) {
    for (String word : words) {
      if (word.length() == end - start && matchesLower(text, start, word)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code text} from {@code start} is, ASCII capitals lowered, {@code lower}. */
  private static boolean matchesLower(String text, int start, String lower) {
    for (int k = 0; k < lower.length(); k++) {
      if (lowerAscii(text.charAt(start + k)) != lower.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Lower-case words and their flags, looked up by a word's place in a longer string. */
  private static final class WordTable {
    private final String[] words = new String[512];
    private final int[] flags = new int[words.length];

    void add(String word, int flag) {
      int slot = slot(word.hashCode());
      while (words[slot] != null && !words[slot].equals(word)) {
        slot = (slot + 1) & (words.length - 1);
      }
      words[slot] = word;
      flags[slot] |= flag;
    }

    int get(String text, int start, int end, int hash) {
      for (int slot = slot(hash); words[slot] != null; slot = (slot + 1) & (words.length - 1)) {
        String word = words[slot];
        if (word.length() == end - start && matchesLower(text, start, word)) {
          return flags[slot];
        }
      }
      return 0;
    }

    private int slot(int hash) {
      return (hash ^ (hash >>> 16)) & (words.length - 1);
    }
  }
}
