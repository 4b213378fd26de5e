package org.newsgraph.nlp.event.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.Article;
import org.newsgraph.nlp.ArticleReader;
import org.newsgraph.nlp.event.SharedEvents;
import org.newsgraph.testkit.SharedData;

/** Event coding on the PLOVER gold records, held a little under the figures measured. */
class PloverRegressionTest {

  private static final double CATEGORY_FLOOR = 0.57;
  private static final double TRIPLE_FLOOR = 0.23;

  @Test
  void goldRecordsStayAboveTheirFloors() {
    Path file = SharedData.require("data/events-dev/plover-gsr/PLOVER_GSR_CAMEO.json");
    List<PloverRecord> records = PloverCorpus.load(file);
    assertThat(records).hasSize(322);
    ArticleReader reader = SharedEvents.reader();

    PloverScore score = PloverEvaluation.run(records,
        text -> reader.read(new Article("plover", null, null, List.of(), null, "en", null, null, text, List.of()))
            .events(),
        () -> { });

    assertThat(score.categoryAccuracy()).isGreaterThanOrEqualTo(CATEGORY_FLOOR);
    assertThat(score.tripleAccuracy()).isGreaterThanOrEqualTo(TRIPLE_FLOOR);
  }
}
