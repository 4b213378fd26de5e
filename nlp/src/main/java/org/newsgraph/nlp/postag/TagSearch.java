package org.newsgraph.nlp.postag;

import java.util.Arrays;

/**
 * The exact best tag sequence of a sentence under a model whose tag scores look two tags back
 * (second-order Viterbi). States are the candidate triples ending at each position, laid out
 * and searched as CoreNLP's {@code ExactBestSequenceFinder} does, with the first of equal
 * scores kept, so that even exact ties resolve to the same tags.
 *
 * <p>Unlike CoreNLP, the search scores only the tag contexts it may still need. Every score is a
 * log-probability, at most zero, so a state's score only falls along a path; a greedy pass first
 * gives a path's score, which the best path reaches or beats, and a state scoring below it can
 * be on no best path (rounding of double sums is monotonic, so this holds exactly). Such states
 * are dropped, and the contexts only they lead to are never scored.
 */
final class TagSearch {

  private TagSearch() {}

  /** The best tag (index) at each position of the sentence. */
  static int[] best(SentenceScores sentence) {
    double bound = greedyScore(sentence);
    int length = sentence.length();
    double[][] score = new double[length][];
    int[][] trace = new int[length][];
    for (int position = 0; position < length; position++) {
      int current = sentence.candidates(position).length;
      int last = sentence.candidates(position - 1).length;
      int pairs = sentence.candidates(position - 2).length * last;
      int earlier = sentence.candidates(position - 3).length;
      double[] previous = position == 0 ? null : score[position - 1];
      double[] best = new double[pairs * current];
      int[] from = new int[best.length];
      for (int pair = 0; pair < pairs; pair++) {
        int first = pair * current;
        if (previous != null && !anyAlive(previous, pair, pairs, earlier)) {
          Arrays.fill(best, first, first + current, Double.NEGATIVE_INFINITY);
          continue;
        }
        double[] window = sentence.scores(position, pair / last, pair % last);
        for (int tag = 0; tag < current; tag++) {
          if (previous == null) {
            best[first + tag] = window[tag];
            continue;
          }
          double top = Double.NEGATIVE_INFINITY;
          int argTop = -1;
          for (int z = 0; z < earlier; z++) {
            int predecessor = z * pairs + pair;
            double candidate = previous[predecessor] + window[tag];
            if (candidate > top) {
              top = candidate;
              argTop = predecessor;
            }
          }
          best[first + tag] = top;
          from[first + tag] = argTop;
        }
      }
      for (int product = 0; product < best.length; product++) {
        if (best[product] < bound) {
          best[product] = Double.NEGATIVE_INFINITY;
        }
      }
      score[position] = best;
      trace[position] = from;
    }
    return backtrack(sentence, score, trace);
  }

  /** The score of the path that takes the best tag at each position given the ones before. */
  private static double greedyScore(SentenceScores sentence) {
    int secondLast = 0;
    int last = 0;
    double total = 0;
    for (int position = 0; position < sentence.length(); position++) {
      double[] window = sentence.scores(position, secondLast, last);
      int best = 0;
      for (int tag = 1; tag < window.length; tag++) {
        if (window[tag] > window[best]) {
          best = tag;
        }
      }
      total = position == 0 ? window[best] : total + window[best];
      secondLast = last;
      last = best;
    }
    return total;
  }

  private static boolean anyAlive(double[] previous, int pair, int pairs, int earlier) {
    for (int z = 0; z < earlier; z++) {
      if (previous[z * pairs + pair] > Double.NEGATIVE_INFINITY) {
        return true;
      }
    }
    return false;
  }

  private static int[] backtrack(SentenceScores sentence, double[][] score, int[][] trace) {
    int last = score.length - 1;
    int product = 0;
    for (int p = 1; p < score[last].length; p++) {
      if (score[last][p] > score[last][product]) {
        product = p;
      }
    }
    int[] tags = new int[score.length];
    for (int position = last; position >= 0; position--) {
      int[] candidates = sentence.candidates(position);
      tags[position] = candidates[product % candidates.length];
      if (position > 0) {
        product = trace[position][product];
      }
    }
    return tags;
  }
}
