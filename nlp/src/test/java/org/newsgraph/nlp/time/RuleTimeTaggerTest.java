package org.newsgraph.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.TimeExpression;
import org.newsgraph.core.TimeType;
import org.newsgraph.nlp.SharedAnalyzer;

/**
 * The tagger on invented news sentences, one phenomenon each. The anchor is Monday 15 March 2021
 * (ISO week 11).
 */
class RuleTimeTaggerTest {

  private static final LocalDate MONDAY = LocalDate.of(2021, 3, 15);
  private final RuleTimeTagger tagger = new RuleTimeTagger();

  private List<TimeExpression> tag(String text, LocalDate anchor) {
    List<TimeExpression> found = tagger.tag(SharedAnalyzer.get().analyze(text), anchor);
    for (TimeExpression t : found) {
      assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
    }
    return found;
  }

  private TimeExpression only(String text, String expression) {
    return tag(text, MONDAY).stream()
        .filter(t -> t.text().equals(expression))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no '" + expression + "' in " + tag(text, MONDAY)));
  }

  private void assertValue(String text, String expression, String value) {
    assertThat(only(text, expression).value()).as(expression).isEqualTo(value);
  }

  @Test
  void laterThisMonthIsTheAnchorMonth() {
    TimeExpression t =
        only(
            "Delegates will gather in Geneva later this month to draft the accord.",
            "later this month");
    assertThat(t.value()).isEqualTo("2021-03");
    assertThat(t.mod()).isEqualTo("END");
  }

  @Test
  void aMonthInAPastClauseIsTheLastOneBefore() {
    assertValue("The two leaders first met in September, officials said.", "September", "2020-09");
    assertValue("The two leaders will meet again in September.", "September", "2021-09");
  }

  @Test
  void rangesOfDays() {
    assertValue(
        "Their second summit is set for March 29-30 in Vienna.",
        "March 29-30",
        "2021-03-29/2021-03-30");
    assertValue(
        "The fair will run from April 3 to 5 in the old harbour.",
        "April 3 to 5",
        "2021-04-03/2021-04-05");
    assertValue("Exports fell sharply in 2017-2018, the bank said.", "2017-2018", "2017/2018");
  }

  @Test
  void yearsAlone() {
    assertValue("Both sides are bound by a 1954 agreement on fishing rights.", "1954", "1954");
    assertValue("Grain prices rose as tensions grew in 2019.", "2019", "2019");
    assertThat(tag("The plant employs 1990 workers.", MONDAY)).isEmpty();
  }

  @Test
  void weekdaysFollowTheTense() {
    assertValue(
        "The ministry was expected to publish its findings as early as Sunday.",
        "Sunday",
        "2021-03-14");
    assertValue("The embassy declined to comment Friday.", "Friday", "2021-03-12");
    assertValue("The committee will vote on Friday.", "Friday", "2021-03-19");
  }

  @Test
  void aDayWithoutYearNearestTheAnchor() {
    assertValue(
        "There have been no talks between the two sides since Dec 12, the ministry said.",
        "Dec 12",
        "2020-12-12");
    assertValue("The premier told lawmakers on Feb 3 that he would stay.", "Feb 3", "2021-02-03");
    assertValue("Talks held in May 2019 ended without a deal.", "May 2019", "2019-05");
  }

  @Test
  void decadesWithTheirPart() {
    TimeExpression late =
        only("Dozens of fishermen vanished in the late 1980s and early 1990s.", "the late 1980s");
    assertThat(late.value()).isEqualTo("198");
    assertThat(late.mod()).isEqualTo("END");
    TimeExpression early =
        only("Dozens of fishermen vanished in the late 1980s and early 1990s.", "early 1990s");
    assertThat(early.value()).isEqualTo("199");
    assertThat(early.mod()).isEqualTo("START");
    assertValue("The town boomed in the 1970s.", "the 1970s", "197");
    assertValue("It was the bloodiest war of the 20th century.", "the 20th century", "19");
  }

  @Test
  void periodsRelativeToTheAnchor() {
    assertValue("Sales slowed earlier this year.", "earlier this year", "2021");
    assertValue("The rebels attacked the port last week.", "last week", "2021-W10");
    assertValue("Parliament will debate the bill next month.", "next month", "2021-04");
    assertValue("Fares will rise this summer.", "this summer", "2021-SU");
    assertValue("The company expects profits to recover in fiscal 2022.", "fiscal 2022", "2022");
  }

  @Test
  void countingBackFromNow() {
    TimeExpression t =
        only("He served as envoy to the talks more than a decade ago.", "more than a decade ago");
    assertThat(t.type()).isEqualTo(TimeType.DATE);
    assertThat(t.value()).isEqualTo("2011");
    assertThat(t.mod()).isEqualTo("BEFORE");
  }

  @Test
  void durations() {
    TimeExpression t =
        only("The two met twice in the three months leading up to the vote.", "the three months");
    assertThat(t.type()).isEqualTo(TimeType.DURATION);
    assertThat(t.value()).isEqualTo("P3M");
    assertValue("The strike lasted 2 1/2 years.", "2 1/2 years", "P2Y6M");
    assertValue("He signed a two-year contract.", "two-year", "P2Y");
  }

  @Test
  void setsAndClockTimes() {
    TimeExpression yearly = only("The festival is held every year in the capital.", "every year");
    assertThat(yearly.type()).isEqualTo(TimeType.SET);
    assertThat(yearly.value()).isEqualTo("P1Y");
    assertValue("The council now meets weekly.", "weekly", "P1W");
    TimeExpression clock = only("The polls close at 5 p.m. in the east.", "5 p.m.");
    assertThat(clock.type()).isEqualTo(TimeType.TIME);
    assertThat(clock.value()).isEqualTo("2021-03-15T17:00");
  }

  @Test
  void referencesToNowAndThePast() {
    assertValue("The minister said today that the border stays shut.", "today", "2021-03-15");
    assertValue("The border is now closed.", "now", "PRESENT_REF");
    assertValue("The border was recently reopened.", "recently", "PAST_REF");
  }

  @Test
  void quarters() {
    assertValue(
        "The airline will return to profit in the third quarter.", "the third quarter", "2021-Q3");
    assertValue(
        "Profit fell in the fourth quarter, the airline said.", "the fourth quarter", "2020-Q4");
  }

  @Test
  void theDayBeforeCountsFromTheLastDateGiven() {
    assertValue(
        "The treaty was signed on Jan 20. Protesters had gathered the day before, police said.",
        "the day before",
        "2021-01-19");
  }

  @Test
  void withoutAnAnchorRelativeValuesStayUnderspecified() {
    List<TimeExpression> found = tag("The leaders met in June and again on Friday.", null);
    assertThat(found).extracting(TimeExpression::value).containsExactly("XXXX-06", "XXXX-WXX-5");
  }

  @Test
  void expressionsExcludePrepositions() {
    assertThat(tag("The ceasefire has held since Nov 30.", MONDAY))
        .extracting(TimeExpression::text)
        .containsExactly("Nov 30");
  }

  @Test
  void oddTextNeverThrows() {
    String[] texts = {
      "",
      ".",
      "Flight 1990 left at 25:99 p.m. on Feb 30.",
      "In the 19990s, 12/45/2020 was 0-0.",
      "Every every every year year.",
      "Q9 of 1066-1065, the 99th century",
      "Mid-\u2013-2020s \u2014 '",
    };
    for (String text : texts) {
      assertThatCode(() -> tag(text, MONDAY)).doesNotThrowAnyException();
      assertThatCode(() -> tag(text, null)).doesNotThrowAnyException();
    }
  }
}
