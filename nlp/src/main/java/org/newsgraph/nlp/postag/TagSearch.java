package org.newsgraph.nlp.postag;

/**
 * The exact best tag sequence of a sentence under a model whose tag scores look two tags back
 * (second-order Viterbi). States are the candidate triples ending at each position, laid out
 * and searched as CoreNLP's {@code ExactBestSequenceFinder} does, with the first of equal
 * scores kept, so that even exact ties resolve to the same tags.
 */
final class TagSearch {

  private TagSearch() {}

  /** The best tag (index) at each position of the sentence. */
  static int[] best(SentenceScores sentence) {
    int length = sentence.length();
    double[][] score = new double[length][];
    int[][] trace = new int[length][];
    for (int position = 0; position < length; position++) {
      double[] window = sentence.window(position);
      if (position == 0) {
        score[0] = window;
        continue;
      }
      int current = sentence.candidates(position).length;
      int shared = window.length / current;
      int earlier = sentence.candidates(position - 3).length;
      double[] previous = score[position - 1];
      double[] best = new double[window.length];
      int[] from = new int[window.length];
      for (int product = 0; product < window.length; product++) {
        int pair = product / current;
        double top = Double.NEGATIVE_INFINITY;
        int argTop = -1;
        for (int z = 0; z < earlier; z++) {
          int predecessor = z * shared + pair;
          double candidate = previous[predecessor] + window[product];
          if (candidate > top) {
            top = candidate;
            argTop = predecessor;
          }
        }
        best[product] = top;
        from[product] = argTop;
      }
      score[position] = best;
      trace[position] = from;
    }
    return backtrack(sentence, score, trace);
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
