package org.newsgraph.nlp.postag;

import edu.stanford.nlp.math.ArrayMath;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.nlp.postag.FeatureWeights.WordScores;

/**
 * The tag scores of one sentence as CoreNLP's maxent tagger defines them: at each position, the
 * log-probability of each candidate tag given each pair of candidate tags before it. Everything
 * that does not depend on those tags is summed once per position when the sentence is made; a
 * pair of previous tags then costs one copy of a precomputed row, a few additions and one
 * normalisation. Positions run over the words and the end-of-sentence word CoreNLP appends.
 */
final class SentenceScores {

  private final FeatureWeights weights;
  private final int[] none;
  private final WordScores[] words;
  private final double[][] context;
  private final int[][][] start;

  SentenceScores(FeatureWeights weights, CoreNlpTaggerModel model, List<String> tokens) {
    this.weights = weights;
    this.none = new int[] {weights.tagCount()};
    List<String> normalised = new ArrayList<>(tokens.size() + 1);
    for (String token : tokens) {
      normalised.add(model.normalise(token));
    }
    normalised.add(CoreNlpTaggerModel.END_WORD);
    int length = normalised.size();
    Object sentence = weights.sentence(normalised);
    words = new WordScores[length];
    context = new double[length][];
    start = new int[length][][];
    for (int i = 0; i < length; i++) {
      words[i] = weights.word(normalised.get(i));
      context[i] = weights.contextScores(sentence, length, i, words[i]);
      start[i] = weights.startFeatures(sentence, length, i, words[i]);
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
   * The score of each candidate tag at a position after each pair of candidates before it, at
   * index {@code (secondLast * lastCount + last) * count + candidate}.
   */
  double[] window(int position) {
    int[] secondLast = candidates(position - 2);
    int[] last = candidates(position - 1);
    int[] current = candidates(position);
    double[] scores = new double[secondLast.length * last.length * current.length];
    double[] total = new double[weights.tagCount()];
    double[] fixed = context[position];
    int[][] startFeatures = start[position];
    int product = 0;
    for (int before2 : secondLast) {
      for (int before1 : last) {
        weights.copyTagPairSums(before2, before1, total);
        for (int[] features : startFeatures) {
          weights.add(total, features);
        }
        for (int t = 0; t < total.length; t++) {
          total[t] += fixed[t];
        }
        double logTotal = ArrayMath.logSum(total);
        for (int tag : current) {
          scores[product++] = total[tag] - logTotal;
        }
      }
    }
    return scores;
  }
}
