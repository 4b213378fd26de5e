package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.newsgraph.core.Extraction;
import org.newsgraph.core.Page;

/** Whatever the bytes, extraction returns a result, and an accepted article has text. */
class ExtractorProperties {

  private final NewsArticleExtractor extractor = new NewsArticleExtractor();

  @Property
  void anyBytesGiveAResult(@ForAll byte[] bytes, @ForAll("types") String type) {
    check(new Page("page", null, bytes, type));
  }

  @Property
  void anyTextGivesAResult(@ForAll String text, @ForAll("types") String type) {
    check(new Page("page", null, text.getBytes(StandardCharsets.UTF_8), type));
  }

  @Property
  void pageLikeTextGivesAResult(@ForAll("pageLike") String text, @ForAll("types") String type) {
    check(new Page("page", null, text.getBytes(StandardCharsets.UTF_8), type));
  }

  private void check(Page page) {
    Extraction extraction = extractor.extract(page);
    assertThat(extraction).isNotNull();
    if (extraction instanceof Extraction.Accepted accepted) {
      assertThat(accepted.article().text()).isNotBlank();
    } else {
      assertThat(((Extraction.Rejected) extraction).reason()).isNotBlank();
    }
  }

  @Provide
  Arbitrary<String> types() {
    return Arbitraries.of("text/plain", "text/html", "text/html; charset=ISO-8859-1")
        .injectNull(0.4);
  }

  /** Lines of words, tags, punctuation, datelines and interface phrases in any order. */
  @Provide
  Arbitrary<String> pageLike() {
    List<String> pieces =
        List.of(
            "The",
            "minister",
            "said",
            "on",
            "Tuesday",
            "that",
            "the",
            "plan",
            "would",
            "go",
            "ahead",
            ".",
            ",",
            "!",
            "?",
            "\"",
            "\u201C",
            "\u201D",
            " - ",
            " \u2014 ",
            ":",
            "|",
            ">",
            "(Reuters)",
            "LONDON",
            "[TOKYO]",
            "By",
            "Jane",
            "Doe",
            "Subscribe",
            "to",
            "Advertisement",
            "photo.jpg",
            "Photo:",
            "2019-02-18",
            "Feb",
            "18,",
            "\n",
            "\n\n",
            "\r\n",
            "\t",
            "\u00A0",
            "<p>",
            "</p>",
            "<div>",
            "</div>",
            "<br>",
            "&amp;",
            "\u3002",
            "\u65E5\u672C",
            "\uD83D\uDE00",
            "\u0000");
    return Arbitraries.of(pieces).list().ofMaxSize(300).map(list -> String.join(" ", list));
  }
}
