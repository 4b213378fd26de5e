package org.newsgraph.extract.eval;

import java.util.Collection;

/**
 * Corpus figures over many pages: precision and recall are plain means of the per-page values
 * where each is defined, F1 is the harmonic mean of those two means, and accuracy is the share
 * of pages whose tokens equal the gold tokens exactly.
 */
public record CorpusScore(int pages, double precision, double recall, double f1, double accuracy) {

  /** Aggregates per-page scores. */
  public static CorpusScore of(Collection<ShingleScore> scores) {
    double precisionSum = 0;
    int precisionPages = 0;
    double recallSum = 0;
    int recallPages = 0;
    int exact = 0;
    for (ShingleScore s : scores) {
      if (s.hasPrecision()) {
        precisionSum += s.precision();
        precisionPages++;
      }
      if (s.hasRecall()) {
        recallSum += s.recall();
        recallPages++;
      }
      if (s.exact()) {
        exact++;
      }
    }
    double p = precisionPages == 0 ? 0 : precisionSum / precisionPages;
    double r = recallPages == 0 ? 0 : recallSum / recallPages;
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return new CorpusScore(scores.size(), p, r, f, scores.isEmpty() ? 0 : (double) exact / scores.size());
  }
}
