package org.newsgraph.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.NewsArticleExtractor;
import org.newsgraph.testkit.SharedData;

/**
 * Regression guard for article-body extraction: the whole extraction developer set must keep
 * scoring at least the floors below (a little under what the extractor measures when they were
 * set; see the extraction README for the metric).
 */
class ExtractionDevSetTest {

  private static final double MIN_F1 = 0.912;
  private static final double MIN_PRECISION = 0.95;
  private static final double MIN_RECALL = 0.875;

  @Test
  void devSetScoresAtLeastTheFloor() {
    Path dir = SharedData.require("data/extraction-dev");
    ExtractionEvaluation.Result result =
        new ExtractionEvaluation(new NewsArticleExtractor())
            .run(dir.resolve("html"), dir.resolve("gold"), id -> {});
    CorpusScore score = result.score();
    assertThat(score.pages()).isEqualTo(415);
    assertThat(score.f1()).as("F1").isGreaterThanOrEqualTo(MIN_F1);
    assertThat(score.precision()).as("precision").isGreaterThanOrEqualTo(MIN_PRECISION);
    assertThat(score.recall()).as("recall").isGreaterThanOrEqualTo(MIN_RECALL);
  }
}
