package org.newsgraph.nlp.event.eval;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/** The outcome of the PETRARCH unit-test suite: records found, false events, by mechanic. */
public record PetrarchScore(List<PetrarchEvaluation.Outcome> outcomes, double seconds) {

  /** Figures for one group of records. */
  public record Tally(int coded, int found, int foundWithActors, int actorsFound, int empty, int emptyWithEvents) {
    static final Tally ZERO = new Tally(0, 0, 0, 0, 0, 0);

    Tally plus(PetrarchEvaluation.Outcome o) {
      boolean isCoded = o.fit() == PetrarchEvaluation.Fit.CODED;
      boolean isEmpty = o.fit() == PetrarchEvaluation.Fit.EMPTY;
      return new Tally(coded + (isCoded ? 1 : 0), found + (o.found() ? 1 : 0),
          foundWithActors + (o.foundWithActors() ? 1 : 0), actorsFound + (o.actorsFound() ? 1 : 0),
          empty + (isEmpty ? 1 : 0), emptyWithEvents + (isEmpty && !o.events().isEmpty() ? 1 : 0));
    }

    Tally plus(Tally t) {
      return new Tally(coded + t.coded, found + t.found, foundWithActors + t.foundWithActors,
          actorsFound + t.actorsFound, empty + t.empty, emptyWithEvents + t.emptyWithEvents);
    }

    /** The share of coded records whose every scored coding's root was found. */
    public double foundShare() {
      return coded == 0 ? 0 : (double) found / coded;
    }

    /** The share of coded records whose every scored coding was found with its actors. */
    public double foundWithActorsShare() {
      return coded == 0 ? 0 : (double) foundWithActors / coded;
    }

    /** The share of coded records whose every scored coding's actors were found, whatever the root. */
    public double actorsFoundShare() {
      return coded == 0 ? 0 : (double) actorsFound / coded;
    }
  }

  public PetrarchScore {
    outcomes = List.copyOf(outcomes);
  }

  /** How many records fit {@code fit}. */
  public int count(PetrarchEvaluation.Fit fit) {
    return (int) outcomes.stream().filter(o -> o.fit() == fit).count();
  }

  /** The figures over every usable record. */
  public Tally total() {
    Tally t = Tally.ZERO;
    for (PetrarchEvaluation.Outcome o : outcomes) {
      t = t.plus(o);
    }
    return t;
  }

  /** The figures per mechanic (the records' category), for the categories with usable records. */
  public Map<String, Tally> byCategory() {
    Map<String, Tally> out = new TreeMap<>();
    for (PetrarchEvaluation.Outcome o : outcomes) {
      if (usable(o)) {
        out.merge(o.gold().category(), Tally.ZERO.plus(o), Tally::plus);
      }
    }
    return out;
  }

  /** Scored gold codings, and how many of them {@code test} holds for. */
  public int codings(Predicate<PetrarchEvaluation.Scored> test) {
    return (int) outcomes.stream().flatMap(o -> o.codings().stream()).filter(test).count();
  }

  /** Events the reader gave on records whose gold is empty. */
  public int falseEvents() {
    return outcomes.stream().filter(o -> o.fit() == PetrarchEvaluation.Fit.EMPTY)
        .mapToInt(o -> o.events().size()).sum();
  }

  /** Gold root to predicted root to count, over scored codings. */
  public Map<String, Map<String, Integer>> confusion() {
    Map<String, Map<String, Integer>> table = new TreeMap<>();
    for (PetrarchEvaluation.Outcome o : outcomes) {
      for (PetrarchEvaluation.Scored s : o.codings()) {
        table.computeIfAbsent(s.root(), k -> new TreeMap<>()).merge(s.predictedRoot(), 1, Integer::sum);
      }
    }
    return table;
  }

  /** Every root in the confusion table, sorted, {@code none} last. */
  public List<String> roots() {
    TreeSet<String> all = new TreeSet<>();
    for (Map.Entry<String, Map<String, Integer>> row : confusion().entrySet()) {
      all.add(row.getKey());
      all.addAll(row.getValue().keySet());
    }
    boolean none = all.remove(PetrarchEvaluation.NONE);
    List<String> out = new java.util.ArrayList<>(all);
    if (none) {
      out.add(PetrarchEvaluation.NONE);
    }
    return out;
  }

  private static boolean usable(PetrarchEvaluation.Outcome o) {
    return o.fit() == PetrarchEvaluation.Fit.CODED || o.fit() == PetrarchEvaluation.Fit.EMPTY;
  }
}
