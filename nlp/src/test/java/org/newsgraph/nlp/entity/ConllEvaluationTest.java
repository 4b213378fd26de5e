package org.newsgraph.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.SharedAnalyzer;

class ConllEvaluationTest {

  @Test
  void chunksAreReadAsConllevalReadsThem() {
    assertThat(ConllEvaluation.chunks(List.of("B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-ORG")))
        .containsExactly(
            new ConllEvaluation.Chunk(0, 2, "PER"),
            new ConllEvaluation.Chunk(3, 4, "LOC"),
            new ConllEvaluation.Chunk(4, 5, "LOC"),
            new ConllEvaluation.Chunk(5, 6, "ORG"));
    assertThat(ConllEvaluation.chunks(List.of("I-PER", "I-PER", "I-LOC", "O", "I-MISC")))
        .containsExactly(
            new ConllEvaluation.Chunk(0, 2, "PER"),
            new ConllEvaluation.Chunk(2, 3, "LOC"),
            new ConllEvaluation.Chunk(4, 5, "MISC"));
  }

  @Test
  void scoresExactSpansAndTypesAndWritesPredictionColumns() throws Exception {
    ConllCorpus corpus = ConllCorpus.read(resource("tiny.conll"));
    StringWriter predictions = new StringWriter();
    int[] documents = {0};

    ConllScore score = new ConllEvaluation(SharedAnalyzer.get(), Resolved.resolver())
        .run(corpus, predictions, () -> documents[0]++);

    assertThat(documents[0]).isEqualTo(2);
    assertThat(score.documents()).isEqualTo(2);
    assertThat(score.tokens()).isEqualTo(25);
    assertThat(score.overall().gold()).isEqualTo(6);
    assertThat(score.overall().f1()).isEqualTo(1.0);
    assertThat(score.types()).extracting(ConllScore.Counts::type)
        .containsExactly("PER", "ORG", "LOC", "MISC");
    assertThat(predictions.toString())
        .contains("Ms O O\nIto B-PER B-PER\n")
        .contains("Japanese B-MISC B-MISC\n")
        .startsWith("-DOCSTART- O O\n\n");
  }

  @Test
  void aPredictionCountsOnlyWhenStartEndAndTypeAllMatch() {
    ConllScore.Counts counts = new ConllScore.Counts("PER", 4, 5, 3);
    assertThat(counts.precision()).isEqualTo(0.6);
    assertThat(counts.recall()).isEqualTo(0.75);
    assertThat(counts.f1()).isCloseTo(2 * 0.6 * 0.75 / 1.35, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(new ConllScore.Counts("LOC", 0, 0, 0).f1()).isZero();
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(ConllEvaluationTest.class.getResource(name).toURI());
  }
}
