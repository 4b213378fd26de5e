package org.newsgraph.nlp.event.eval;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** The outcome of a PLOVER evaluation: accuracies and the confusion table of categories. */
public record PloverScore(List<PloverEvaluation.Outcome> outcomes, double seconds) {

  public PloverScore {
    outcomes = List.copyOf(outcomes);
  }

  public int sentences() {
    return outcomes.size();
  }

  /** The share of sentences whose category is right. */
  public double categoryAccuracy() {
    return share(outcomes.stream().filter(PloverEvaluation.Outcome::categoryCorrect).count());
  }

  /** The share of sentences whose category and source and target codes are all right. */
  public double tripleAccuracy() {
    return share(outcomes.stream().filter(PloverEvaluation.Outcome::tripleCorrect).count());
  }

  private double share(long count) {
    return outcomes.isEmpty() ? 0 : (double) count / outcomes.size();
  }

  /** Gold category to predicted category to count. */
  public Map<String, Map<String, Integer>> confusion() {
    Map<String, Map<String, Integer>> table = new TreeMap<>();
    for (PloverEvaluation.Outcome o : outcomes) {
      table.computeIfAbsent(o.gold().category(), k -> new TreeMap<>()).merge(o.category(), 1, Integer::sum);
    }
    return table;
  }

  /** Every category that occurs as gold or predicted, sorted, {@code (none)} last. */
  public List<String> categories() {
    TreeSet<String> all = new TreeSet<>();
    for (PloverEvaluation.Outcome o : outcomes) {
      all.add(o.gold().category());
      all.add(o.category());
    }
    boolean none = all.remove(PloverEvaluation.NONE);
    List<String> out = new java.util.ArrayList<>(all);
    if (none) {
      out.add(PloverEvaluation.NONE);
    }
    return out;
  }
}
