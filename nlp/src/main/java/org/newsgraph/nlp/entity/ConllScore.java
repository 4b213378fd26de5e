package org.newsgraph.nlp.entity;

import java.util.List;

/**
 * Exact span-and-type scores of named entities as CoNLL's {@code conlleval} computes them: a
 * predicted entity counts only when its first token, last token and type all match a gold one.
 *
 * @param types   the scores per type (PER, ORG, LOC, MISC), in that order
 * @param overall the scores over all types
 * @param documents how many documents were read
 * @param tokens  how many tokens were read
 */
public record ConllScore(List<Counts> types, Counts overall, int documents, int tokens) {

  public ConllScore {
    types = List.copyOf(types);
  }

  /** The counts of one type (or all) and the figures they give. */
  public record Counts(String type, int gold, int predicted, int correct) {

    public double precision() {
      return predicted == 0 ? 0 : (double) correct / predicted;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) correct / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }
}
