package org.newsgraph.extract.eval;

/**
 * The shingle counts of one page's extraction against its gold text.
 *
 * @param truePositives  shingles in both
 * @param falsePositives shingles only in the extraction
 * @param falseNegatives shingles only in the gold
 * @param exact          whether the token lists are equal
 */
public record ShingleScore(int truePositives, int falsePositives, int falseNegatives, boolean exact) {

  /** Precision, defined only when the extraction has shingles. */
  public boolean hasPrecision() {
    return truePositives + falsePositives > 0;
  }

  /** Recall, defined only when the gold has shingles. */
  public boolean hasRecall() {
    return truePositives + falseNegatives > 0;
  }

  public double precision() {
    if (falsePositives == 0 && falseNegatives == 0) {
      return 1.0;
    }
    return hasPrecision() ? (double) truePositives / (truePositives + falsePositives) : 0.0;
  }

  public double recall() {
    if (falsePositives == 0 && falseNegatives == 0) {
      return 1.0;
    }
    return hasRecall() ? (double) truePositives / (truePositives + falseNegatives) : 0.0;
  }
}
