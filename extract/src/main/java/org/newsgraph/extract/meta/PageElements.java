package org.newsgraph.extract.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
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
 * the whole document or in the body: a cheap test on the tag or an attribute picks the
 * candidates, and the query itself decides.
 */
final class PageElements {

  /** One CSS query, with a test every element it matches passes. */
  private record Query(Evaluator evaluator, Predicate<Element> candidate) {
    static Query of(String css, Predicate<Element> candidate) {
      return new Query(Selector.evaluatorOf(css), candidate);
    }

    boolean matches(Element e) {
      return candidate.test(e) && e.is(evaluator);
    }
  }

  private static final Query META = Query.of("meta[content]", e -> e.nameIs("meta"));
  private static final Query SCRIPT = Query.of("script[type]", e -> e.nameIs("script"));
  private static final Query CANONICAL =
      Query.of("link[rel~=(?i)^canonical$][href]", e -> e.nameIs("link"));
  private static final Query ITEM_AUTHOR =
      Query.of("[itemprop~=(?i)^author$]:not(meta)", e -> e.hasAttr("itemprop"));
  private static final Query REL_AUTHOR = Query.of("a[rel~=(?i)^author$]", e -> e.nameIs("a"));
  private static final Query ITEM_PUBLISHED =
      Query.of("[itemprop~=(?i)^datePublished$]:not(meta)", e -> e.hasAttr("itemprop"));
  private static final Query PUBDATE =
      Query.of("time[pubdate], [pubdate]:not(meta)", e -> e.hasAttr("pubdate"));
  private static final Query PUBLISHED_CLASS =
      Query.of(
          ".published, .entry-date, .post-date, .publish-date", e -> e.hasAttr("class"));
  private static final Query TIME = Query.of("time[datetime]", e -> e.nameIs("time"));
  private static final Query TITLE_HEADINGS =
      Query.of(
          "h1, [itemprop=headline]:not(meta), h2",
          e -> isHeading(e, false) || e.hasAttr("itemprop"));
  private static final Query HEADLINE_HEADINGS =
      Query.of(
          "h1, h2, h3, [itemprop=headline]:not(meta)",
          e -> isHeading(e, true) || e.hasAttr("itemprop"));
  private static final Query BRAND_TAGS =
      Query.of("h1, h2, p, div, span, a", PageElements::isBrandTag);

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

  /** Body elements of {@code h1, h2, p, div, span, a} that are headings or have a class or id. */
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
      add(META, e, metaTags);
      add(SCRIPT, e, scripts);
      add(CANONICAL, e, canonicalLinks);
      add(ITEM_AUTHOR, e, itemAuthors);
      add(REL_AUTHOR, e, relAuthors);
      add(ITEM_PUBLISHED, e, itemPublished);
      add(PUBDATE, e, pubdates);
      add(PUBLISHED_CLASS, e, publishedClasses);
      add(TIME, e, times);
      if (inBody) {
        inBody(e);
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node == body) {
        inBody = false;
      }
    }

    private void inBody(Element e) {
      bodyElements.add(e);
      add(TITLE_HEADINGS, e, titleHeadings);
      add(HEADLINE_HEADINGS, e, headlineHeadings);
      String classAndId = Regions.classAndId(e);
      if (!classAndId.isEmpty()) {
        marked.add(new Marked(e, classAndId));
      }
      if ((isHeading(e, false) || !classAndId.isEmpty()) && BRAND_TAGS.matches(e)) {
        brandCandidates.add(e);
      }
    }

    private void add(Query query, Element e, List<Element> list) {
      if (query.matches(e)) {
        list.add(e);
      }
    }
  }

  /** Whether {@code e} is an {@code h1} or {@code h2}, or also an {@code h3}. */
  private static boolean isHeading(Element e, boolean orH3) {
    return e.nameIs("h1") || e.nameIs("h2") || (orH3 && e.nameIs("h3"));
  }

  private static boolean isBrandTag(Element e) {
    return isHeading(e, false)
        || e.nameIs("p")
        || e.nameIs("div")
        || e.nameIs("span")
        || e.nameIs("a");
  }
}
