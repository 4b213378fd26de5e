package org.newsgraph.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each list the one walk gathers holds exactly what the CSS query it stands for selects. */
class PageElementsTest {

  private static final String PAGE =
      "<html><head><META NAME=author CONTENT=x><meta property=og:title content=''>"
          + "<meta charset=utf-8><script type=application/ld+json>{}</script><script>x</script>"
          + "<link REL=Canonical href=/a><link rel='canonical nofollow' href=/b>"
          + "<link rel=canonical><meta itemprop=author content=y>"
          + "<meta itemprop=datePublished content=2019-01-01><title>T</title></head>"
          + "<body class=Home><header><h1 ITEMPROP=' headline '>Headline</h1>"
          + "<h2 class='site-title'>Site</h2><h3>Third</h3>"
          + "<div itemprop=Headline>Another</div><span itemprop='author name'>no</span>"
          + "<span ITEMPROP=AUTHOR>Jane Doe</span><a rel=Author href=#>Jane</a>"
          + "<a rel='author external'>x</a><time datetime=2019-01-01 pubdate>Jan 1</time>"
          + "<p pubdate>p</p><abbr class='Published entry-date' title=2019>x</abbr>"
          + "<span class=post-dated>no</span><span id=post-date>no</span>"
          + "<span itemprop=datepublished>2019</span></header>"
          + "<svg><a rel=author>svg link</a><title>svg</title></svg>"
          + "<p class=byline id=by>By Jane</p><p>plain</p><div><span class=x>y</span></div>"
          + "<div class=site-logo>Logo</div><a class=brand href=/>Brand</a>"
          + "<footer><time datetime=2020-01-01>x</time><h2>Footer</h2></footer></body></html>";

  static Stream<Arguments> queries() {
    return Stream.of(
        query("meta[content]", false, e -> e.metaTags),
        query("script[type]", false, e -> e.scripts),
        query("link[rel~=(?i)^canonical$][href]", false, e -> e.canonicalLinks),
        query("[itemprop~=(?i)^author$]:not(meta)", false, e -> e.itemAuthors),
        query("a[rel~=(?i)^author$]", false, e -> e.relAuthors),
        query("[itemprop~=(?i)^datePublished$]:not(meta)", false, e -> e.itemPublished),
        query("time[pubdate], [pubdate]:not(meta)", false, e -> e.pubdates),
        query(".published, .entry-date, .post-date, .publish-date", false,
            e -> e.publishedClasses),
        query("time[datetime]", false, e -> e.times),
        query("h1, [itemprop=headline]:not(meta), h2", true, e -> e.titleHeadings),
        query("h1, h2, h3, [itemprop=headline]:not(meta)", true, e -> e.headlineHeadings),
        query("*", true, e -> e.bodyElements));
  }

  private static Arguments query(
      String css, boolean inBody, Function<PageElements, List<Element>> list) {
    return Arguments.of(css, inBody, list);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("queries")
  void listHoldsWhatTheQuerySelects(
      String css, boolean inBody, Function<PageElements, List<Element>> list) {
    Document doc = Jsoup.parse(PAGE);

    List<Element> selected = (inBody ? doc.body() : doc).select(css);

    assertThat(selected).isNotEmpty();
    assertThat(list.apply(PageElements.of(doc))).containsExactlyElementsOf(selected);
  }

  @Test
  void markedElementsAreTheBodyElementsWithAClassOrId() {
    Document doc = Jsoup.parse(PAGE);

    List<PageElements.Marked> marked = PageElements.of(doc).marked;

    assertThat(marked)
        .extracting(PageElements.Marked::element)
        .containsExactlyElementsOf(
            doc.body().select("*").stream()
                .filter(e -> !Regions.classAndId(e).isEmpty())
                .toList());
    assertThat(marked)
        .allSatisfy(m -> assertThat(m.classAndId()).isEqualTo(Regions.classAndId(m.element())));
  }

  @Test
  void brandCandidatesAreTheHeadingsAndBrandElementsOfTheBrandTags() {
    Document doc = Jsoup.parse(PAGE);

    assertThat(PageElements.of(doc).brandCandidates)
        .containsExactlyElementsOf(
            doc.body().select("h1, h2, p, div, span, a").stream()
                .filter(e -> e.nameIs("h1") || e.nameIs("h2")
                    || BrandNames.BRAND_CLASS.pattern().matcher(Regions.classAndId(e)).find())
                .toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("queries")
  void listsOfAnEmptyPageHoldWhatTheQueriesSelect(
      String css, boolean inBody, Function<PageElements, List<Element>> list) {
    Document doc = Jsoup.parse("");

    assertThat(list.apply(PageElements.of(doc)))
        .containsExactlyElementsOf((inBody ? doc.body() : doc).select(css));
  }
}
