package org.newsgraph.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** The rule tables for single lines: bylines, credits, date lines, furniture, headlines. */
class LineRulesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvFileSource(resources = "/html/rules/bylines.csv")
  void recognisesBylines(String line, boolean byline) {
    assertThat(Bylines.matches(line, words(line), List.of())).isEqualTo(byline);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvFileSource(resources = "/html/rules/credits.csv")
  void recognisesAuthorCredits(String line, boolean credit) {
    assertThat(Bylines.isCredit(line, words(line))).isEqualTo(credit);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvFileSource(resources = "/html/rules/date-lines.csv")
  void recognisesDateLines(String line, boolean date) {
    assertThat(DateOnlyLines.matches(line, words(line))).isEqualTo(date);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvFileSource(resources = "/html/rules/boilerplate-lines.csv")
  void recognisesFurnitureLines(String line, boolean furniture) {
    assertThat(BoilerplateLines.matches(line, words(line))).isEqualTo(furniture);
  }

  @ParameterizedTest(name = "{0} in {1} -> {2}")
  @CsvFileSource(resources = "/html/rules/headlines.csv")
  void recognisesTheHeadline(String line, String title, boolean headline) {
    assertThat(Headlines.matches(line, title)).isEqualTo(headline);
  }

  @org.junit.jupiter.api.Test
  void knownAuthorsMakeShortLinesBylines() {
    assertThat(Bylines.matches("Photos and words: Jane Doe", 5, List.of("Jane Doe"))).isTrue();
    assertThat(
            Bylines.matches(
                "Jane Doe said on Tuesday that the council would vote again next week.",
                13,
                List.of("Jane Doe")))
        .isFalse();
  }

  private static int words(String line) {
    return org.newsgraph.extract.Words.count(line);
  }
}
