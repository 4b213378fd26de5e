package org.newsgraph.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShingleScorerTest {

  private final ShingleScorer scorer = new ShingleScorer();

  @Test
  void countsSharedAndMissingShinglesAsMultisets() {
    // gold: a b c d e -> [abcd, bcde]; predicted: a b c d a b c d -> [abcd, bcda, cdab, dabc, abcd]
    ShingleScore s = scorer.score("a b c d e", "a b c d a b c d");

    assertThat(s.truePositives()).isEqualTo(1);
    assertThat(s.falsePositives()).isEqualTo(4);
    assertThat(s.falseNegatives()).isEqualTo(1);
    assertThat(s.exact()).isFalse();
  }

  @Test
  void tokensAreWordRunsWithCaseKeptAndPunctuationIgnored() {
    ShingleScore same = scorer.score("Tokyo's talks, again!", "Tokyo s -- talks again");
    ShingleScore caseDiffers = scorer.score("Tokyo talks again now", "tokyo talks again now");

    assertThat(same.exact()).isTrue();
    assertThat(same.precision()).isEqualTo(1.0);
    assertThat(caseDiffers.truePositives()).isZero();
    assertThat(ShingleScorer.tokens("naïve café, 2019")).containsExactly("naïve", "café", "2019");
  }

  @Test
  void shortTextsAreOneShingleAndEmptyTextsNone() {
    ShingleScore shortMatch = scorer.score("Hello world", "Hello world");
    ShingleScore emptyPrediction = scorer.score("Some gold text here now", "");

    assertThat(shortMatch.truePositives()).isEqualTo(1);
    assertThat(emptyPrediction.hasPrecision()).isFalse();
    assertThat(emptyPrediction.recall()).isZero();
  }

  @Test
  void corpusFiguresAreMeansOfPagesAndF1OfTheMeans() {
    ShingleScore perfect = new ShingleScore(4, 0, 0, true);
    ShingleScore half = new ShingleScore(1, 1, 3, false);
    ShingleScore empty = new ShingleScore(0, 0, 5, false);

    CorpusScore corpus = CorpusScore.of(List.of(perfect, half, empty));

    assertThat(corpus.precision()).isEqualTo((1.0 + 0.5) / 2);
    assertThat(corpus.recall()).isEqualTo((1.0 + 0.25 + 0.0) / 3);
    double p = corpus.precision();
    double r = corpus.recall();
    assertThat(corpus.f1()).isEqualTo(2 * p * r / (p + r));
    assertThat(corpus.accuracy()).isEqualTo(1.0 / 3);
  }
}
