package org.newsgraph.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.newsgraph.extract.meta.Metadata;

/** Whatever tag soup comes in, the extractor returns clean paragraphs and never throws. */
class BodyExtractorPropertiesTest {

  private static final List<String> PIECES =
      List.of(
          "<div>", "</div>", "<p>", "</p>", "<a href='/x'>", "</a>", "<br>", "<ul><li>", "</li>",
          "<h2>", "</h2>", "<div class='comments'>", "<div class='share'>", "<div id='header'>",
          "<article>", "</article>", "<table><tr><td>", "</td></tr></table>", "<img src='a.jpg'>",
          "<figure><img src='b.png' alt='IMG_0042.JPG'><figcaption>", "</figcaption></figure>",
          "<script>x=1</script>", "<span style='display:none'>", "</span>", "\u00a0", " ",
          "The council voted on Tuesday to rebuild the library, ending years of debate. ",
          "Read more", "By Jane Doe", "March 14, 2023", "Comments", "\u200b", "&amp;", "<!-- c -->");

  private final BodyExtractor extractor = new BodyExtractor();

  @Property(tries = 300)
  void paragraphsAreTrimmedNonEmptyAndSingleSpaced(@ForAll("soup") String html) {
    Body body =
        extractor.extract(
            Jsoup.parse(html, "https://example.com/a/b.html"),
            new Metadata("The council votes", List.of(), null, null, null, null, List.of()));
    for (String paragraph : body.paragraphs()) {
      assertThat(paragraph).isNotEmpty().isEqualTo(paragraph.strip()).doesNotContain("  ");
      assertThat(paragraph).doesNotContain("\n", "\t", "\u00a0", "\u200b");
    }
    body.images().forEach(image -> assertThat(image.src()).isNotBlank());
  }

  @Provide
  Arbitrary<String> soup() {
    return Arbitraries.of(PIECES).list().ofMaxSize(60).map(pieces -> String.join("", pieces));
  }
}
