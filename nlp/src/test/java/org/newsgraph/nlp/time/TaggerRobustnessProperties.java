package org.newsgraph.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.newsgraph.core.TimeExpression;
import org.newsgraph.nlp.SharedAnalyzer;

/** Jumbles of time words never make the tagger throw, and what it finds stands in the text. */
class TaggerRobustnessProperties {

  private static final RuleTimeTagger TAGGER = new RuleTimeTagger();
  private static final List<String> WORDS =
      List.of(
          "the",
          "last",
          "next",
          "this",
          "early",
          "late",
          "mid-",
          "more than",
          "about",
          "ago",
          "earlier",
          "every",
          "a",
          "two",
          "twenty-four",
          "1/2",
          "0",
          "31",
          "29",
          "1999",
          "2019-02-30",
          "'70s",
          "1970s",
          "Feb",
          "Feb.",
          "May",
          "June",
          "Friday",
          "Sunday",
          "night",
          "morning",
          "5",
          "p.m.",
          ":",
          "-",
          "\u2013",
          "to",
          "from",
          "between",
          "and",
          "year",
          "years",
          "quarter",
          "third",
          "week",
          "weekend",
          "decade",
          "century",
          "20th",
          "fiscal",
          "summer",
          "Christmas",
          "day",
          "before",
          "after",
          "today",
          "now",
          "recently",
          ",",
          ".",
          "\n\n",
          "met",
          "will",
          "meet");

  @Provide
  Arbitrary<String> jumbles() {
    return Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(14).map(w -> String.join(" ", w));
  }

  @Provide
  Arbitrary<LocalDate> anchors() {
    return Arbitraries.integers()
        .between(0, 60_000)
        .map(d -> d == 0 ? null : LocalDate.ofEpochDay(d - 20_000L));
  }

  @Property(tries = 150)
  void neverThrowsAndStaysGrounded(
      @ForAll("jumbles") String text, @ForAll("anchors") LocalDate anchor) {
    List<TimeExpression> found = TAGGER.tag(SharedAnalyzer.get().analyze(text), anchor);
    int previousEnd = 0;
    for (TimeExpression t : found) {
      assertThat(t.isGroundedIn(text)).isTrue();
      assertThat(t.start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(t.value()).isNotBlank();
      previousEnd = t.end();
    }
  }
}
