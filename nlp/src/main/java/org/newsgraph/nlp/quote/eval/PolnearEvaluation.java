package org.newsgraph.nlp.quote.eval;

import java.util.List;

/** Runs an {@link AttributionSystem} over PolNeAR articles and tallies the result. */
public final class PolnearEvaluation {

  /** A system's tally and the seconds it took to read the articles. */
  public record Result(String system, AttributionTally tally, double seconds) {}

  private PolnearEvaluation() {}

  /** Reads every article with {@code system}; {@code progress} runs after each article. */
  public static Result run(List<PolnearCorpus.Article> articles, AttributionSystem system, Runnable progress) {
    AttributionTally tally = new AttributionTally();
    long nanos = 0;
    for (PolnearCorpus.Article article : articles) {
      long start = System.nanoTime();
      List<PredictedAttribution> predicted = system.read(article.text());
      nanos += System.nanoTime() - start;
      tally.add(article.text(), article.gold(), predicted);
      progress.run();
    }
    return new Result(system.name(), tally, nanos / 1e9);
  }
}
