package org.newsgraph.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetadataExtractorTest {

  private final MetadataExtractor extractor =
      new MetadataExtractor(PublishedDateTableTest.CLOCK);

  private Metadata extract(String html) {
    return extract(html, null);
  }

  private Metadata extract(String html, String url) {
    return extractor.extract(
        Jsoup.parse(html, url == null ? "" : url), url == null ? null : URI.create(url));
  }

  @Test
  void jsonLdArticleGivesHeadlineAuthorsPublisherAndDate() {
    String html =
        "<html><head><title>Rates rise again - The Daily Planet</title>"
            + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
            + "\"@graph\":[{\"@type\":\"Organization\",\"@id\":\"#org\","
            + "\"name\":\"The Daily Planet\"},"
            + "{\"@type\":\"NewsArticle\",\"headline\":\"Rates rise &amp; markets fall\","
            + "\"author\":[{\"@type\":\"Person\",\"name\":\"Lois Lane\"},\"Clark Kent\"],"
            + "\"publisher\":{\"@id\":\"#org\"},\"datePublished\":\"2019-02-18T05:00:00+08:00\"}]}"
            + "</script></head><body><h1>Something else</h1></body></html>";

    Metadata m = extract(html);

    assertThat(m.title()).isEqualTo("Rates rise & markets fall");
    assertThat(m.authors()).containsExactly("Lois Lane", "Clark Kent");
    assertThat(m.site()).isEqualTo("The Daily Planet");
    assertThat(m.published()).isEqualTo("2019-02-18T05:00:00+08:00");
    assertThat(m.warnings()).isEmpty();
  }

  @Test
  void headingThatMatchesTheTitleIsPreferredToTheSiteSuffixedTitle() {
    String html =
        "<html><head><title>Council   approves budget | Springfield Gazette</title></head>"
            + "<body><div class=\"logo\">Springfield Gazette</div>"
            + "<h1>Council approves budget</h1><p>Text.</p></body></html>";

    assertThat(extract(html).title()).isEqualTo("Council approves budget");
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = " => ",
      value = {
        "Council approves budget - Springfield Gazette => Council approves budget",
        "Springfield Gazette | Council approves budget => Council approves budget",
        "Springfield Gazette: Council approves budget => Council approves budget",
        "Council approves budget | Local News | Springfield Gazette => Council approves budget",
        "Analysis: why the council voted yes => Analysis: why the council voted yes",
        "Council approves budget - again => Council approves budget - again",
        "Binomial coefficient trick — The Endeavour => Binomial coefficient trick",
        "Springfield Gazette => ",
      })
  void titleIsCleanedOfTheSiteName(String title, String expected) {
    String html =
        "<html><head><title>" + title + "</title>"
            + "<meta property=\"og:site_name\" content=\"Springfield Gazette\"></head>"
            + "<body><p>Text.</p></body></html>";

    assertThat(extract(html).title()).isEqualTo(expected);
  }

  @Test
  void blogNameInTheFirstHeadingIsNotTheTitle() {
    String html =
        "<html><head><title>Free Range Cooking &rsaquo; Papa says</title></head><body>"
            + "<h1 id=\"blog-title\"><a href=\"http://cooking.example.org/\">Free Range Cooking</a>"
            + "</h1><h2 class=\"entry-title\">Papa says</h2><p>Text.</p></body></html>";

    assertThat(extract(html).title()).isEqualTo("Papa says");
  }

  @Test
  void microdataHeadlineIsPreferredToADocumentTitleThatOnlyNamesTheSite() {
    String html =
        "<html><head><title>High Valley Times</title></head><body><div itemscope>"
            + "<h2>Latest</h2><h1 itemprop=\"headline\">Dam repairs finished a month early</h1>"
            + "<p>The repairs ended on Friday.</p></div></body></html>";
    assertThat(extract(html).title()).isEqualTo("Dam repairs finished a month early");
  }

  @Test
  void titleFallsBackToTheFirstHeading() {
    assertThat(extract("<html><body><h1>Only a heading</h1><p>Text.</p></body></html>").title())
        .isEqualTo("Only a heading");
  }

  @Test
  void authorsFromMetaTagsButNotFromProfileAddresses() {
    String html =
        "<html><head><meta property=\"article:author\" content=\"https://facebook.com/jdoe\">"
            + "<meta name=\"author\" content=\"Jane Doe\"></head><body><p>x</p></body></html>";

    assertThat(extract(html).authors()).containsExactly("Jane Doe");
  }

  @Test
  void authorsFromItempropAndRelAuthor() {
    String itemprop =
        "<html><body><h1>T</h1><span itemprop=\"author\" itemscope>"
            + "<span itemprop=\"name\">Jane Doe</span></span></body></html>";
    String rel =
        "<html><body><h1>T</h1><p>By <a rel=\"author\" href=\"/jd\">Jane Doe</a> and "
            + "<a rel=\"author\" href=\"/js\">John Smith</a></p></body></html>";

    assertThat(extract(itemprop).authors()).containsExactly("Jane Doe");
    assertThat(extract(rel).authors()).containsExactly("Jane Doe", "John Smith");
  }

  @Test
  void authorsFromBylineElementsNotComments() {
    String html =
        "<html><body><h1>T</h1><div class=\"comment\"><span class=\"author\">Troll</span></div>"
            + "<p class=\"byline\">By JANE DOE and John Smith, Staff Writers | Reuters</p>"
            + "<p>Text.</p></body></html>";

    assertThat(extract(html).authors()).containsExactly("Jane Doe", "John Smith");
  }

  @Test
  void authorsFromAByLineAfterTheHeadline() {
    String html =
        "<html><body><h1>Council approves budget</h1><p>By Jane Doe &amp; John Smith</p>"
            + "<p>The council approved the budget on Tuesday.</p></body></html>";

    assertThat(extract(html).authors()).containsExactly("Jane Doe", "John Smith");
  }

  @Test
  void siteNameAsAuthorGivesWayToAPerson() {
    String html =
        "<html><head><meta property=\"og:site_name\" content=\"Springfield Gazette\">"
            + "<meta name=\"author\" content=\"Springfield Gazette\"></head><body><h1>T</h1>"
            + "<p class=\"byline\">By Jane Doe</p></body></html>";

    assertThat(extract(html).authors()).containsExactly("Jane Doe");
  }

  @Test
  void siteFromOpenGraphElseApplicationNameElseNothing() {
    assertThat(extract("<meta name=\"application-name\" content=\"Gazette\"><p>x</p>").site())
        .isEqualTo("Gazette");
    assertThat(extract("<p>x</p>", "http://www.gazette.example.com/a/b").site()).isNull();
  }

  @Test
  void canonicalAddressIsAbsoluteAndNeverTheHomePageOfAnArticle() {
    String relative = "<link rel=\"canonical\" href=\"/news/story-1\"><p>x</p>";
    String home =
        "<link rel=\"canonical\" href=\"http://example.com/\">"
            + "<meta property=\"og:url\" content=\"http://example.com/news/story-1\"><p>x</p>";

    assertThat(extract(relative, "http://example.com/news/story-1?ref=rss").canonicalUrl())
        .isEqualTo("http://example.com/news/story-1");
    assertThat(extract(home, "http://example.com/news/story-1").canonicalUrl())
        .isEqualTo("http://example.com/news/story-1");
    assertThat(extract("<link rel=\"canonical\" href=\"javascript:void(0)\"><p>x</p>")
        .canonicalUrl()).isNull();
  }

  @ParameterizedTest
  @CsvSource({
    "<html lang=\"en-GB\"><body><p>x</p></body></html>, en",
    "<html xml:lang=\"pt_BR\"><body><p>x</p></body></html>, pt",
    "<html><head><meta http-equiv=\"Content-Language\" content=\"de-AT\"></head></html>, de",
    "<html><head><meta property=\"og:locale\" content=\"fr_FR\"></head></html>, fr",
    "<html lang=\"iw\"><body><p>x</p></body></html>, he",
    "<html lang=\"x-klingon\"><body><p>x</p></body></html>, ",
    "'<html lang=\"es-419, en\"><body><p>x</p></body></html>', es",
    "<html lang=\"de;q=0.8\"><body><p>x</p></body></html>, de",
    "<html lang=\"-\"><head><meta name=\"language\" content=\"English\"></head></html>, en",
  })
  void declaredLanguageIsAnIsoCode(String html, String expected) {
    assertThat(extract(html).language()).isEqualTo(expected);
  }

  @Test
  void conflictingStrongDatesAreReported() {
    String html =
        "<meta property=\"article:published_time\" content=\"2019-02-18T05:00:00Z\">"
            + "<meta name=\"dc.date\" content=\"2019-03-01\"><p>x</p>";

    Metadata m = extract(html);

    assertThat(m.published()).isEqualTo("2019-02-18T05:00:00+00:00");
    assertThat(m.warnings()).singleElement().asString().contains("2019-02-18", "2019-03-01");
  }

  @Test
  void unreadableJsonLdIsAWarningNotAFailure() {
    Metadata m =
        extract("<script type=\"application/ld+json\">{\"@type\": [</script><h1>Title</h1>");

    assertThat(m.title()).isEqualTo("Title");
    assertThat(m.warnings()).singleElement().asString().contains("JSON-LD");
  }
}
