package org.newsgraph.nlp.event.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.newsgraph.core.Event;
import org.newsgraph.core.EventActor;

/**
 * Scores event coding on PLOVER gold-standard sentences. Each sentence's coded event is the
 * reader's most confident one with a PLOVER category (the earlier on ties); the category must
 * equal the gold one, and for the full triple so must the sets of source and target country
 * codes. A sentence with no event counts as {@link #NONE}.
 */
public final class PloverEvaluation {

  /** The category of a sentence where the reader found no event. */
  public static final String NONE = "(none)";

  /** One sentence's outcome. */
  public record Outcome(PloverRecord gold, String category, Set<String> source, Set<String> target) {
    public boolean categoryCorrect() {
      return gold.category().equals(category);
    }

    public boolean tripleCorrect() {
      return categoryCorrect() && gold.source().equals(source) && gold.target().equals(target);
    }
  }

  private PloverEvaluation() {}

  /** Codes every record with {@code reader} (sentence text to events). */
  public static PloverScore run(List<PloverRecord> records, Function<String, List<Event>> reader, Runnable step) {
    List<Outcome> outcomes = new ArrayList<>();
    long start = System.nanoTime();
    for (PloverRecord r : records) {
      outcomes.add(outcome(r, reader.apply(r.text())));
      step.run();
    }
    return new PloverScore(outcomes, (System.nanoTime() - start) / 1e9);
  }

  static Outcome outcome(PloverRecord gold, List<Event> events) {
    Event best = null;
    for (Event e : events) {
      if (e.type() != null && (best == null || e.confidence() > best.confidence())) {
        best = e;
      }
    }
    if (best == null) {
      return new Outcome(gold, NONE, Set.of(), Set.of());
    }
    return new Outcome(gold, best.type(), codes(best.source()), codes(best.target()));
  }

  private static Set<String> codes(List<EventActor> actors) {
    Set<String> out = new LinkedHashSet<>();
    for (EventActor a : actors) {
      if (a.country() != null) {
        out.add(a.country());
      }
    }
    return out;
  }
}
