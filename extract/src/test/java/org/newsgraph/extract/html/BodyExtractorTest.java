package org.newsgraph.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.Image;
import org.newsgraph.extract.meta.Metadata;

/** Behaviours of the body extractor that the golden pages do not show one by one. */
class BodyExtractorTest {

  private static final String P1 =
      "The council voted on Tuesday to rebuild the old library, ending a debate that had lasted"
          + " for almost ten years and divided the town.";
  private static final String P2 =
      "Work will start in the spring and take two years, and the books will be kept in the"
          + " school gym until the new building opens.";
  private static final String P3 =
      "The mayor said the town would borrow part of the cost and raise the rest from a local tax"
          + " on hotel stays, which visitors mostly pay.";

  private final BodyExtractor extractor = new BodyExtractor();

  @Test
  void emptyPagesHaveNoBody() {
    assertThat(extract("").paragraphs()).isEmpty();
    assertThat(extract("<html><body><script>var a = 1;</script></body></html>").paragraphs())
        .isEmpty();
  }

  @Test
  void stopsWhereTheCommentsBegin() {
    Body body =
        extract(
            "<div class='main'><p>" + P1 + "</p><p>" + P2 + "</p><h2>Comments</h2>"
                + "<div id='c1'><p>I have waited ten years for this and I am glad the council"
                + " finally made up its mind about the library.</p></div></div>");
    assertThat(body.paragraphs()).containsExactly(P1, P2);
  }

  @Test
  void leavesOutASecondCopyOfTheArticle() {
    String copy = "<div class='story'><p>" + P1 + "</p><p>" + P2 + "</p></div>";
    Body body = extract("<div class='page'>" + copy + copy + "</div>");
    assertThat(body.paragraphs()).containsExactly(P1, P2);
  }

  @Test
  void keepsALinkedSentenceBetweenParagraphsButNotTheLinkListAfterThem() {
    Body body =
        extract(
            "<div class='main'><p>" + P1 + "</p>"
                + "<p><a href='/report'>The full report on the library is on the council site</a></p>"
                + "<p>" + P2 + "</p><p>" + P3 + "</p>"
                + "<ul><li><a href='/a'>Council approves the budget for next year</a></li>"
                + "<li><a href='/b'>School gym to close for the summer holidays</a></li></ul>"
                + "</div>");
    assertThat(body.paragraphs())
        .containsExactly(
            P1, "The full report on the library is on the council site", P2, P3);
  }

  @Test
  void splitsTextThatOnlyLineBreaksSeparate() {
    Body body = extract("<div>" + P1 + "<br><br>" + P2 + "<br><br>" + P3 + "</div>");
    assertThat(body.paragraphs()).containsExactly(P1, P2, P3);
  }

  @Test
  void normalisesWhitespaceAndDropsInvisibleCharacters() {
    Body body =
        extract(
            "<div><p>  The council\u00a0voted \n\t on\u200b Tuesday to rebuild the old library,"
                + " ending a debate that had lasted for almost ten years.  </p><p>" + P2
                + "</p></div>");
    assertThat(body.paragraphs().get(0))
        .isEqualTo(
            "The council voted on Tuesday to rebuild the old library, ending a debate that had"
                + " lasted for almost ten years.");
  }

  @Test
  void keepsRawImageAddressesWhenThePageAddressIsUnknown() {
    Document doc =
        Jsoup.parse(
            "<div class='story'><p>" + P1 + "</p><img src='photos/library.jpg' width='600'"
                + " alt='The old library on Main Street'><p>" + P2 + "</p></div>");
    Body body = extractor.extract(doc, metadata(null));
    assertThat(body.images())
        .containsExactly(new Image("photos/library.jpg", "The old library on Main Street"));
  }

  @Test
  void captionsThatAreFileNamesBecomeNull() {
    Document doc =
        Jsoup.parse(
            "<div class='story'><p>" + P1 + "</p><img src='a.jpg' alt='IMG_0042'>"
                + "<img src='b.jpg' alt='I-am-Nikon-D5200'><img src='c.jpg' alt='dsc01234.JPG'>"
                + "<p>" + P2 + "</p></div>",
            "https://example.com/news/");
    Body body = extractor.extract(doc, metadata(null));
    assertThat(body.images())
        .containsExactly(
            new Image("https://example.com/news/a.jpg", null),
            new Image("https://example.com/news/b.jpg", null),
            new Image("https://example.com/news/c.jpg", null));
  }

  @Test
  void walksPagesNestedFarDeeperThanAStackAllows() {
    Element inner = new Element("div");
    inner.appendChild(new Element("p").text(P1));
    inner.appendChild(new Element("p").text(P2));
    for (int i = 0; i < 100_000; i++) {
      inner = new Element("div").appendChild(inner);
    }
    Document doc = Jsoup.parse("<html><body></body></html>");
    doc.body().appendChild(inner);
    assertThat(extractor.extract(doc, metadata(null)).paragraphs()).containsExactly(P1, P2);
  }

  private Body extract(String html) {
    return extractor.extract(Jsoup.parse(html), metadata(null));
  }

  private static Metadata metadata(String title) {
    return new Metadata(title, List.of(), null, null, null, null, List.of());
  }
}
