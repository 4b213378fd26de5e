package org.newsgraph.extract.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.Selector;

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

  /** Every body element with a class or id, with {@link Regions#classAndId} of each. */
  final List<Marked> marked = new ArrayList<>();

  /** Every element of the body, the body first. */
  final List<Element> bodyElements = new ArrayList<>();

  /** An element and its {@link Regions#classAndId}, never empty. */
  record Marked(Element element, String classAndId) {}

  private PageElements() {}

  /** The elements of {@code doc}, in one walk. */
  static PageElements of(Document doc) {
    PageElements elements = new PageElements();
    NodeTraversor.traverse(elements.new Walk(doc.body()), doc);
    return elements;
  }

  private final class Walk implements NodeVisitor {
    private final Element body;
    private boolean inBody;

    Walk(Element body) {
      this.body = body;
    }

    @Override
    public void head(Node node, int depth) {
      if (!(node instanceof Element e)) {
        return;
      }
      if (e == body) {
        inBody = true;
      }
      byTag(e);
      String classAndId = Regions.classAndId(e);
      if (mayContain(classAndId, "published", "entry-date", "post-date", "publish-date")) {
        add(PUBLISHED_CLASS, e, publishedClasses);
      }
      if (e.hasAttr("pubdate")) {
        add(PUBDATE, e, pubdates);
      }
      String itemprop = e.attr("itemprop").toLowerCase(Locale.ROOT);
      if (mayContain(itemprop, "author")) {
        add(ITEM_AUTHOR, e, itemAuthors);
      }
      if (mayContain(itemprop, "datepublished")) {
        add(ITEM_PUBLISHED, e, itemPublished);
      }
      if (inBody) {
        inBody(e, classAndId, mayContain(itemprop, "headline"));
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node == body) {
        inBody = false;
      }
    }

    private void byTag(Element e) {
      switch (e.normalName()) {
        case "meta" -> add(META, e, metaTags);
        case "script" -> add(SCRIPT, e, scripts);
        case "link" -> {
          if (mayContain(e.attr("rel").toLowerCase(Locale.ROOT), "canonical")) {
            add(CANONICAL, e, canonicalLinks);
          }
        }
        case "a" -> {
          if (mayContain(e.attr("rel").toLowerCase(Locale.ROOT), "author")) {
            add(REL_AUTHOR, e, relAuthors);
          }
        }
        case "time" -> add(TIME, e, times);
        default -> {}
      }
    }

    private void inBody(Element e, String classAndId, boolean mayBeHeadline) {
      bodyElements.add(e);
      String tag = e.normalName();
      boolean h1OrH2 = tag.equals("h1") || tag.equals("h2");
      if (h1OrH2 || mayBeHeadline) {
        add(TITLE_HEADINGS, e, titleHeadings);
      }
      if (h1OrH2 || tag.equals("h3") || mayBeHeadline) {
        add(HEADLINE_HEADINGS, e, headlineHeadings);
      }
      if (!classAndId.isEmpty()) {
        marked.add(new Marked(e, classAndId));
      }
      if (h1OrH2 || (isBrandTag(tag) && BrandNames.BRAND_CLASS.find(classAndId))) {
        add(BRAND_TAGS, e, brandCandidates);
      }
    }

    private void add(Evaluator query, Element e, List<Element> list) {
      if (e.is(query)) {
        list.add(e);
      }
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
    for (int i = 0; i < lowerCase.length(); i++) {
      if (lowerCase.charAt(i) >= 0x80) {
        return true;
      }
    }
    return false;
  }
}
