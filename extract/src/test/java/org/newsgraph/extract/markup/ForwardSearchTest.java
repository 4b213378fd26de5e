package org.newsgraph.extract.markup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * ForwardSearch answers as {@link String#indexOf} does, the page's length standing for "not
 * found", whatever order it is asked in: forward as the scanner asks, or back.
 */
class ForwardSearchTest {

  @Property(tries = 500)
  void answersAsIndexOfDoes(
      @ForAll("pages") String page,
      @ForAll("needles") String needle,
      @ForAll("positions") List<Integer> positions) {
    ForwardSearch search = new ForwardSearch(page, needle);

    for (int position : positions) {
      int from = Math.min(position, page.length());
      int expected = page.indexOf(needle, from);

      assertThat(search.from(from))
          .as("%s in %s from %d", needle, page, from)
          .isEqualTo(expected < 0 ? page.length() : expected);
    }
  }

  @Provide
  Arbitrary<String> pages() {
    return Arbitraries.strings().withChars("<&-!>a").ofMaxLength(40);
  }

  @Provide
  Arbitrary<String> needles() {
    return Arbitraries.of("<", "&", "<!--", "--!>");
  }

  @Provide
  Arbitrary<List<Integer>> positions() {
    return Arbitraries.integers().between(0, 40).list().ofMaxSize(20);
  }
}
