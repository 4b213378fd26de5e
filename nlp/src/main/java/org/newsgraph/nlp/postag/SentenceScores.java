package org.newsgraph.nlp.postag;

import edu.stanford.nlp.math.ArrayMath;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.nlp.postag.CoreNlpTaggerModel.Position;
import org.newsgraph.nlp.postag.FeatureWeights.WordScores;

/**
 * The tag scores of one sentence as CoreNLP's maxent tagger defines them: at each position, the
 * log-probability of each candidate tag given each pair of candidate tags before it. Everything
 * that does not depend on those tags is summed once per position when the sentence is made; a
 * pair of previous tags then costs one copy of a precomputed row, a few additions and one
 * normalisation, made only when the search asks for it. Positions run over the words and the
 * end-of-sentence word CoreNLP appends.
 */
final class SentenceScores {

  private final FeatureWeights weights;
  private final int[] none;
  private final WordScores[] words;
  private final double[][] context;
  private final int[][][] start;
  /** Per position, the scores after each pair of previous candidates, once computed. */
  private final double[][][] rows;

  SentenceScores(FeatureWeights weights, CoreNlpTaggerModel model, List<String> tokens) {
    this.weights = weights;
    this.none = new int[] {weights.tagCount()};
    List<String> normalised = new ArrayList<>(tokens.size() + 1);
    for (String token : tokens) {
      normalised.add(model.normalise(token));
    }
    normalised.add(CoreNlpTaggerModel.END_WORD);
    int length = normalised.size();
    Position[] positions = weights.positions(normalised);
    words = new WordScores[length];
    rows = new double[length][][];
    context = new double[length][];
    start = new int[length][][];
    for (int i = 0; i < length; i++) {
      words[i] = weights.word(normalised.get(i));
      context[i] = weights.contextScores(positions[i], words[i]);
      start[i] = weights.startFeatures(positions[i], words[i]);
    }
  }

  /** Positions: the words and the end-of-sentence word. */
  int length() {
    return words.length;
  }

  /** The candidate tags at a position (tag indexes); before the sentence, the one "no tag". */
  int[] candidates(int position) {
    return position < 0 ? none : words[position].candidates();
  }

  /**
   * The score of each candidate tag at a position after the given candidates (indexes into
   * {@link #candidates}) at the two positions before it; computed on first use.
   */
  double[] scores(int position, int secondLast, int last) {
    double[][] computed = rows[position];
    if (computed == null) {
      computed = new double[candidates(position - 2).length * candidates(position - 1).length][];
      rows[position] = computed;
    }
    int index = secondLast * candidates(position - 1).length + last;
    double[] row = computed[index];
    if (row == null) {
      row = score(position, weights.tagPair(
          candidates(position - 2)[secondLast], candidates(position - 1)[last]));
      computed[index] = row;
    }
    return row;
  }

  private double[] score(int position, int pair) {
    double[] total = new double[weights.tagCount()];
    weights.copyTagPairSums(pair, total);
    for (int[] features : start[position]) {
      weights.add(total, features);
    }
    double[] fixed = context[position];
    for (int t = 0; t < total.length; t++) {
      total[t] += fixed[t];
    }
    double logTotal = ArrayMath.logSum(total);
    int[] current = candidates(position);
    double[] row = new double[current.length];
    for (int i = 0; i < row.length; i++) {
      row[i] = total[current[i]] - logTotal;
    }
    return row;
  }
}
