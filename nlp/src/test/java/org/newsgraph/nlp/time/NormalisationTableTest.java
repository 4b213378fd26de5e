package org.newsgraph.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.newsgraph.core.TimeExpression;
import org.newsgraph.nlp.SharedAnalyzer;

/**
 * The normalisation table {@code time/normalisation.csv}: phrase, anchor and tense in, value out.
 */
class NormalisationTableTest {

  private static final RuleTimeTagger TAGGER = new RuleTimeTagger();

  @ParameterizedTest(name = "[{index}] {0} ({3}, {2}) = {5}")
  @CsvFileSource(resources = "/time/normalisation.csv", delimiter = ',')
  void normalises(
      String phrase, String expression, LocalDate anchor, String tense, String type, String value) {
    String sentence = sentence(phrase, tense);
    List<TimeExpression> found = TAGGER.tag(SharedAnalyzer.get().analyze(sentence), anchor);
    assertThat(found).as("in: %s", sentence).extracting(TimeExpression::text).contains(expression);
    TimeExpression t =
        found.stream().filter(e -> e.text().equals(expression)).findFirst().orElseThrow();
    assertThat(t.type().name()).as("type of %s in: %s", expression, sentence).isEqualTo(type);
    assertThat(t.value()).as("value of %s in: %s", expression, sentence).isEqualTo(value);
  }

  private static String sentence(String phrase, String tense) {
    switch (tense) {
      case "past":
        return "The delegation met the envoys " + phrase + ".";
      case "future":
        return "The delegation will meet the envoys " + phrase + ".";
      case "present":
        return "The delegation meets the envoys " + phrase + ".";
      case "none":
        return phrase.substring(0, 1).toUpperCase(Locale.ROOT)
            + phrase.substring(1)
            + ": the delegation and the envoys.";
      default:
        throw new IllegalArgumentException("unknown tense " + tense);
    }
  }
}
