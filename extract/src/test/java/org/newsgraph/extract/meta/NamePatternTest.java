package org.newsgraph.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The words before each name pattern never turn down names its expression matches. */
class NamePatternTest {

  private static final List<NamePattern> PATTERNS =
      List.of(
          Regions.ELSEWHERE,
          TextDates.DATE_CLASS,
          Authors.BYLINE_CLASS,
          BrandNames.BRAND_CLASS);

  /** Pieces of class names: every alternative's text, cut up, with separators and letters. */
  private static final List<String> PIECES =
      List.of(
          "comment", "respond", "responses", "reply", "related", "sidebar", "recent", "popular",
          "archive", "calendar", "nav", "menu", "trending", "promo", "teaser", "breadcrumb",
          "most-", "more-", "also", "recommend", "entry", "post", "article", "story", "footer",
          "copyright", "tweet", "disqus", "livefyre", "caption", "date", "time", "byline",
          "posted", "publish", "stamp", "dateline", "meta", "info", "author", "header", "credit",
          "head", "by-line", "writer", "creditline", "contributor", "logo", "brand", "site",
          "title", "name", "blog", "masthead", "re", "sp", "on", "de", "mo", "-", "_", " ", "a",
          "e", "s", "x", "é", "1");

  @Property(tries = 2000)
  void findsWhatTheExpressionFinds(@ForAll("names") String names) {
    for (NamePattern pattern : PATTERNS) {
      assertThat(pattern.find(names))
          .as("%s in '%s'", pattern.pattern(), names)
          .isEqualTo(pattern.pattern().matcher(names).find());
    }
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.of(PIECES).list().ofMaxSize(6).map(pieces -> String.join("", pieces));
  }

  @ParameterizedTest
  @CsvSource({
    "site-header main-nav, true",
    "comment-author vcard, true",
    "post-author, false",
    "entry-footer, false",
    "navbar, true",
    "subnav, false",
    "post-content, false",
  })
  void elsewhereNames(String names, boolean elsewhere) {
    assertThat(Regions.ELSEWHERE.find(names)).isEqualTo(elsewhere);
  }

  @Test
  void wordsMustBeAscii() {
    assertThatThrownBy(() -> new NamePattern("été", "été"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
