package org.newsgraph.extract.meta;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;
import org.newsgraph.extract.dom.ElementWalk;

/**
 * The elements of a page that the metadata readers look at, gathered in one walk over the page
 * instead of one query each. Each list holds, in page order, exactly what its CSS query finds in
 * the whole document or in the body: a cheap test on the tag or an attribute picks the few
 * candidates, and the query itself decides.
 */
final class PageElements {

  private static final Evaluator META = Selector.evaluatorOf("meta[content]");
  private static final Evaluator SCRIPT = Selector.evaluatorOf("script[type]");
  private static final Evaluator CANONICAL =
      Selector.evaluatorOf("link[rel~=(?i)^canonical$][href]");
  private static final Evaluator ITEM_AUTHOR =
      Selector.evaluatorOf("[itemprop~=(?i)^author$]:not(meta)");
  private static final Evaluator REL_AUTHOR = Selector.evaluatorOf("a[rel~=(?i)^author$]");
  private static final Evaluator ITEM_PUBLISHED =
      Selector.evaluatorOf("[itemprop~=(?i)^datePublished$]:not(meta)");
  private static final Evaluator PUBDATE =
      Selector.evaluatorOf("time[pubdate], [pubdate]:not(meta)");
  private static final Evaluator PUBLISHED_CLASS =
      Selector.evaluatorOf(".published, .entry-date, .post-date, .publish-date");
  private static final Evaluator TIME = Selector.evaluatorOf("time[datetime]");
  private static final Evaluator TITLE_HEADINGS =
      Selector.evaluatorOf("h1, [itemprop=headline]:not(meta), h2");
  private static final Evaluator HEADLINE_HEADINGS =
      Selector.evaluatorOf("h1, h2, h3, [itemprop=headline]:not(meta)");
  private static final Evaluator BRAND_TAGS = Selector.evaluatorOf("h1, h2, p, div, span, a");

  final List<Element> metaTags = new ArrayList<>();
  final List<Element> scripts = new ArrayList<>();
  final List<Element> canonicalLinks = new ArrayList<>();
  final List<Element> itemAuthors = new ArrayList<>();
  final List<Element> relAuthors = new ArrayList<>();
  final List<Element> itemPublished = new ArrayList<>();
  final List<Element> pubdates = new ArrayList<>();
  final List<Element> publishedClasses = new ArrayList<>();
  final List<Element> times = new ArrayList<>();

  /** Body elements of {@code h1, [itemprop=headline]:not(meta), h2}. */
  final List<Element> titleHeadings = new ArrayList<>();

  /** Body elements of {@code h1, h2, h3, [itemprop=headline]:not(meta)}. */
  final List<Element> headlineHeadings = new ArrayList<>();

  /**
   * Body elements of {@code h1, h2, p, div, span, a} that are headings or whose class or id names
   * a brand ({@link BrandNames#BRAND_CLASS}).
   */
  final List<Element> brandCandidates = new ArrayList<>();

  /** Every body element with a class or id, with its names and the words they hold. */
  final List<Marked> marked = new ArrayList<>();

  /** Every element of the body, the body first. */
  final List<Element> bodyElements = new ArrayList<>();

  /** The short texts of the page's elements, for all readers to share. */
  final ShortTexts texts = new ShortTexts();

  /**
   * An element, its {@link Regions#classAndId}, never empty, and the {@link #NAME_WORDS} bits of
   * the patterns whose words those names hold.
   */
  record Marked(Element element, String classAndId, int words) {

    /** Whether {@code pattern}, one of {@link #PATTERNS}, matches the element's names. */
    boolean matches(NamePattern pattern) {
      int bit = 1 << PATTERNS.indexOf(pattern);
      return (words & bit) != 0 && pattern.matches(classAndId);
    }
  }

  /** The name patterns asked of marked elements, their words looked for in one scan. */
  private static final List<NamePattern> PATTERNS =
      List.of(Authors.BYLINE_CLASS, TextDates.DATE_CLASS, BrandNames.BRAND_CLASS);

  /**
   * The bit of names that may hold a class of {@link #PUBLISHED_CLASS}: they hold one of its
   * words, or characters beyond ASCII, which may fold onto them.
   */
  private static final int PUBLISHED = 1 << PATTERNS.size();

  private static final NameWords NAME_WORDS =
      new NameWords(
          Stream.concat(
                  PATTERNS.stream().map(NamePattern::words),
                  Stream.of(List.of("published", "entry-date", "post-date", "publish-date")))
              .toList());

  /** An element's {@link Regions#classAndId} and the {@link #NAME_WORDS} bits of its words. */
  private record Names(String text, int words) {

    static Names of(String text) {
      int words = NAME_WORDS.scan(text);
      return new Names(text, isAscii(text) ? words : words | PUBLISHED);
    }
  }

  private static final Names NONE = new Names("", 0);

  /** The names of the class values seen so far: a page repeats a few of them many times. */
  private final Map<String, Names> namesByClass = new HashMap<>();

  private PageElements() {}

  /** The elements of {@code doc}, in one walk. */
  static PageElements of(Document doc) {
    PageElements elements = new PageElements();
    ElementWalk.walk(doc, elements.new Walk(doc.body()));
    return elements;
  }

  /** Files every element of the page, knowing whether it is in the body. */
  private final class Walk implements ElementWalk.Visitor {
    private final Element body;
    private boolean inBody;

    Walk(Element body) {
      this.body = body;
    }

    @Override
    public boolean enter(Element e) {
      if (e == body) {
        inBody = true;
      }
      visit(e, inBody);
      return true;
    }

    @Override
    public void leave(Element e) {
      if (e == body) {
        inBody = false;
      }
    }
  }

  /**
   * Files {@code e} in the lists it may belong to. Attribute names are read as jsoup's HTML parser
   * writes them, in lower case.
   */
  private void visit(Element e, boolean inBody) {
    Attributes attributes = e.attributesSize() == 0 ? null : e.attributes();
    byTag(e, attributes);
    if (attributes == null) {
      if (inBody) {
        inBody(e, NONE, false);
      }
      return;
    }
    Names names = names(attributes);
    if ((names.words() & PUBLISHED) != 0) {
      add(PUBLISHED_CLASS, e, publishedClasses);
    }
    if (attributes.hasKey("pubdate")) {
      add(PUBDATE, e, pubdates);
    }
    String itemprop = attributes.get("itemprop").toLowerCase(Locale.ROOT);
    if (mayContain(itemprop, "author")) {
      add(ITEM_AUTHOR, e, itemAuthors);
    }
    if (mayContain(itemprop, "datepublished")) {
      add(ITEM_PUBLISHED, e, itemPublished);
    }
    if (inBody) {
      inBody(e, names, mayContain(itemprop, "headline"));
    }
  }

  /** The names of an element with {@code attributes}, looked up by class when it has no id. */
  private Names names(Attributes attributes) {
    if (!attributes.get("id").isEmpty()) {
      return Names.of(Regions.classAndId(attributes));
    }
    String classes = attributes.get("class");
    if (classes.isEmpty()) {
      return NONE;
    }
    return namesByClass.computeIfAbsent(
        classes, c -> Names.of(Regions.classAndId(attributes)));
  }

  private void byTag(Element e, Attributes attributes) {
    switch (e.normalName()) {
      case "meta" -> add(META, e, metaTags);
      case "script" -> add(SCRIPT, e, scripts);
      case "link" -> {
        if (attributes != null
            && mayContain(attributes.get("rel").toLowerCase(Locale.ROOT), "canonical")) {
          add(CANONICAL, e, canonicalLinks);
        }
      }
      case "a" -> {
        if (attributes != null
            && mayContain(attributes.get("rel").toLowerCase(Locale.ROOT), "author")) {
          add(REL_AUTHOR, e, relAuthors);
        }
      }
      case "time" -> add(TIME, e, times);
      default -> {}
    }
  }

  private void inBody(Element e, Names names, boolean mayBeHeadline) {
    bodyElements.add(e);
    String tag = e.normalName();
    boolean h1OrH2 = tag.equals("h1") || tag.equals("h2");
    if (h1OrH2 || mayBeHeadline) {
      add(TITLE_HEADINGS, e, titleHeadings);
    }
    if (h1OrH2 || tag.equals("h3") || mayBeHeadline) {
      add(HEADLINE_HEADINGS, e, headlineHeadings);
    }
    Marked named = null;
    if (!names.text().isEmpty()) {
      named = new Marked(e, names.text(), names.words());
      marked.add(named);
    }
    if (h1OrH2
        || (isBrandTag(tag) && named != null && named.matches(BrandNames.BRAND_CLASS))) {
      add(BRAND_TAGS, e, brandCandidates);
    }
  }

  private static void add(Evaluator query, Element e, List<Element> list) {
    if (e.is(query)) {
      list.add(e);
    }
  }

  private static boolean isBrandTag(String tag) {
    return switch (tag) {
      case "p", "div", "span", "a" -> true;
      default -> false;
    };
  }

  /**
   * Whether {@code lowerCase} may hold one of {@code words} when compared without regard to
   * case: it holds one, or it has characters beyond ASCII, which may fold onto them.
   */
  private static boolean mayContain(String lowerCase, String... words) {
    if (lowerCase.isEmpty()) {
      return false;
    }
    for (String word : words) {
      if (lowerCase.contains(word)) {
        return true;
      }
    }
    return !isAscii(lowerCase);
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
