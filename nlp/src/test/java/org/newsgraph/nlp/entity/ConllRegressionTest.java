package org.newsgraph.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.SharedAnalyzer;
import org.newsgraph.testkit.SharedData;

/**
 * The entity reader's names on the first documents of CoNLL-2003 dev ({@code eng.testa}) stay
 * above a floor a little under what they scored when this was written (F1 0.933 on these 120
 * documents; {@code newsgraph eval ner} reports the whole set). A subset keeps the test near a
 * minute.
 */
class ConllRegressionTest {

  private static final int DOCUMENTS = 216;
  private static final int SUBSET = 120;
  private static final double FLOOR = 0.925;

  @Test
  void namesOnConllDevScoreAboveTheFloor() throws Exception {
    ConllCorpus corpus = ConllCorpus.read(SharedData.require("data/ner-dev/conll2003/eng.testa"));
    assertThat(corpus.size()).as("documents in eng.testa").isEqualTo(DOCUMENTS);

    ConllScore score = new ConllEvaluation(SharedAnalyzer.get(), Resolved.resolver())
        .run(corpus.head(SUBSET), null, () -> { });

    assertThat(score.overall().gold()).as("gold entities in the subset").isEqualTo(3_462);
    assertThat(score.overall().f1()).as("overall F1").isGreaterThanOrEqualTo(FLOOR);
  }
}
