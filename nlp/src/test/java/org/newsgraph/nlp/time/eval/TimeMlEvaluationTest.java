package org.newsgraph.nlp.time.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.TimeExpression;
import org.newsgraph.core.TimeType;
import org.newsgraph.nlp.SharedAnalyzer;
import org.newsgraph.nlp.time.RuleTimeTagger;

class TimeMlEvaluationTest {

  private static GoldTimex gold(String text, int start, String type, String value) {
    return new GoldTimex(text, start, start + text.length(), type, value, null);
  }

  private static TimeExpression predicted(String text, int start, TimeType type, String value) {
    return new TimeExpression(text, start, start + text.length(), type, value, null);
  }

  @Test
  void scoresAsTempEval3Does() {
    List<GoldTimex> gold =
        List.of(
            gold("Friday", 10, "DATE", "2021-03-12"),
            gold("three months", 40, "DURATION", "P3M"),
            gold("next month", 80, "DATE", "2021-04"));
    List<TimeExpression> predicted =
        List.of(
            predicted("Friday", 10, TimeType.DATE, "2021-03-12"),
            predicted("for three months", 36, TimeType.DURATION, "P3M"),
            predicted("now", 60, TimeType.DATE, "PRESENT_REF"));
    List<TimeMlEvaluation.Alignment> sink = new ArrayList<>();

    TimexScore s = TimeMlEvaluation.score("doc", gold, predicted, sink);

    assertThat(s).isEqualTo(new TimexScore(3, 3, 2, 1, 2, 2));
    assertThat(s.relaxedF1()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(s.strictF1()).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(s.valueAccuracy()).isEqualTo(1.0);
    assertThat(s.valueF1()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(sink).hasSize(4);
    assertThat(sink)
        .filteredOn(a -> a.predicted() == null)
        .extracting(a -> a.gold().text())
        .containsExactly("next month");
    assertThat(sink)
        .filteredOn(a -> a.gold() == null)
        .extracting(a -> a.predicted().text())
        .containsExactly("now");
  }

  @Test
  void runsOverAFolderAndSkipsUnreadableFiles(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("News"));
    Files.copy(TimeMlReaderTest.sample(), dir.resolve("News/sample.tml"));
    Files.writeString(dir.resolve("News/broken.tml"), "<TimeML><TEXT>");

    TimeMlEvaluation.Result r =
        new TimeMlEvaluation(SharedAnalyzer.get(), new RuleTimeTagger()).run(dir, () -> {});

    assertThat(r.documents()).isEqualTo(1);
    assertThat(r.skipped()).singleElement().asString().contains("broken.tml");
    assertThat(r.subsets()).containsOnlyKeys("News");
    assertThat(r.total().gold()).isEqualTo(3);
    assertThat(r.total().sameValue()).isEqualTo(3);
  }
}
