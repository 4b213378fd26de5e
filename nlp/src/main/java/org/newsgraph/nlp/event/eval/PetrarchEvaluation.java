package org.newsgraph.nlp.event.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.newsgraph.core.Event;
import org.newsgraph.core.EventActor;

/**
 * Runs PETRARCH's unit-test records as a regression suite at the level our ontology codes:
 * the CAMEO root (two digits) and the country part of each actor code (its first three letters).
 *
 * <p>Which records fit: the validation dictionary codes verbs mostly in WEIS, not CAMEO, so a
 * WEIS gold code is translated to a CAMEO root ({@code weis-cameo.csv}) and any other is read as
 * CAMEO. A gold coding fits when that root is one the reader codes (the file's private test
 * codes such as 345, 90x or 174K have none) and both its actor codes begin with a country part the
 * actor dictionary gives (not {@code ---}, {@code ###} or a quoted noun phrase). A record fits when some coding fits (only those are scored), or when
 * its gold is empty (no events, or discarded): then any event is a false one. Records that test
 * the coder's input checks, and records whose every coding falls outside, are left out.
 *
 * <p>Actors: the reader's actors are real-world entities, so each one's code comes from the
 * records' actor dictionary, looked up on its name, then on its words in the text, and only
 * then from the country the reader gave it. An event covers a gold coding's actors when it has
 * the gold source among its sources and the gold target among its targets, or both among its
 * actors when the gold codes the pair both ways (a meeting, a restored tie). A gold coding is
 * found when an event has its root, with actors when that event also covers its actors; the
 * actors alone are found when any event covers them, whatever its root.
 */
public final class PetrarchEvaluation {

  /** The root of a coding the reader did not find at all. */
  public static final String NONE = "none";

  /** Why a record is left out of the suite. */
  public enum Fit {
    CODED,
    EMPTY,
    INPUT_CHECK,
    OUTSIDE_ONTOLOGY
  }

  /** One gold coding at our level, and what the reader gave for it. */
  public record Scored(String source, String target, String root, boolean found, boolean foundWithActors,
      boolean actorsFound, String predictedRoot) {}

  /** One record's outcome: how it fits, its scored codings, and the events the reader gave. */
  public record Outcome(PetrarchRecord gold, Fit fit, List<Scored> codings, List<Coded> events) {
    public Outcome {
      codings = List.copyOf(codings);
      events = List.copyOf(events);
    }

    /** Whether every scored coding's root was found. */
    public boolean found() {
      return fit == Fit.CODED && codings.stream().allMatch(Scored::found);
    }

    /** Whether every scored coding was found with its actors. */
    public boolean foundWithActors() {
      return fit == Fit.CODED && codings.stream().allMatch(Scored::foundWithActors);
    }

    /** Whether every scored coding's actors were found, whatever the root. */
    public boolean actorsFound() {
      return fit == Fit.CODED && codings.stream().allMatch(Scored::actorsFound);
    }
  }

  /** An event of the reader at our level: its root and the country parts of its actors. */
  public record Coded(String root, Set<String> source, Set<String> target) {
    public Coded {
      source = Set.copyOf(source);
      target = Set.copyOf(target);
    }

    boolean covers(String s, String t, boolean bothWays) {
      if (source.contains(s) && target.contains(t)) {
        return true;
      }
      Set<String> all = new LinkedHashSet<>(source);
      all.addAll(target);
      return bothWays && all.contains(s) && all.contains(t);
    }
  }

  private final PetrarchActors actors;
  private final Set<String> roots;
  private final WeisCodes weis = WeisCodes.load();

  /**
   * @param actors the records' actor dictionary
   * @param roots  the CAMEO roots the reader codes
   */
  public PetrarchEvaluation(PetrarchActors actors, Set<String> roots) {
    this.actors = actors;
    this.roots = Set.copyOf(roots);
  }

  /** Codes every record with {@code reader} (sentence text to events). */
  public PetrarchScore run(List<PetrarchRecord> records, Function<String, List<Event>> reader, Runnable step) {
    List<Outcome> outcomes = new ArrayList<>();
    long start = System.nanoTime();
    for (PetrarchRecord r : records) {
      Fit fit = fit(r);
      boolean read = fit == Fit.CODED || fit == Fit.EMPTY;
      outcomes.add(outcome(r, fit, read ? reader.apply(r.text()) : List.of()));
      step.run();
    }
    return new PetrarchScore(outcomes, (System.nanoTime() - start) / 1e9);
  }

  Fit fit(PetrarchRecord r) {
    if (r.inputError()) {
      return Fit.INPUT_CHECK;
    }
    if (r.codings().isEmpty() || r.discarded()) {
      return Fit.EMPTY;
    }
    return r.codings().stream().anyMatch(this::fits) ? Fit.CODED : Fit.OUTSIDE_ONTOLOGY;
  }

  boolean fits(PetrarchRecord.Coding c) {
    String root = weis.cameoRoot(c.event());
    return root != null && roots.contains(root) && isCountry(c.source()) && isCountry(c.target());
  }

  private boolean isCountry(String code) {
    return code.length() >= 3 && actors.countries().contains(code.substring(0, 3));
  }

  /** The first two characters of a CAMEO code, or "" for a code that is not one. */
  static String root(String cameo) {
    return cameo != null && cameo.length() >= 3 && cameo.chars().allMatch(Character::isDigit)
        ? cameo.substring(0, 2) : "";
  }

  Outcome outcome(PetrarchRecord gold, Fit fit, List<Event> events) {
    List<Coded> coded = new ArrayList<>();
    for (Event e : events) {
      coded.add(new Coded(root(e.cameo()), codes(e.source(), gold.date()), codes(e.target(), gold.date())));
    }
    List<Scored> scored = new ArrayList<>();
    if (fit == Fit.CODED) {
      for (PetrarchRecord.Coding c : gold.codings()) {
        if (fits(c)) {
          scored.add(score(c, gold.codings(), coded));
        }
      }
    }
    return new Outcome(gold, fit, scored, coded);
  }

  private Scored score(PetrarchRecord.Coding c, List<PetrarchRecord.Coding> all, List<Coded> events) {
    String s = c.source().substring(0, 3);
    String t = c.target().substring(0, 3);
    String root = weis.cameoRoot(c.event());
    boolean bothWays = all.stream().anyMatch(o -> root.equals(weis.cameoRoot(o.event()))
        && o.source().startsWith(t) && o.target().startsWith(s));
    boolean found = false;
    boolean withActors = false;
    String onActors = null;
    for (Coded e : events) {
      boolean sameRoot = e.root().equals(root);
      boolean covers = e.covers(s, t, bothWays);
      found |= sameRoot;
      withActors |= sameRoot && covers;
      if (covers && onActors == null) {
        onActors = e.root();
      }
    }
    String predicted = found ? root : onActors != null ? onActors : events.isEmpty() ? NONE : events.get(0).root();
    return new Scored(s, t, root, found, withActors, onActors != null, predicted);
  }

  /** The country parts of the actors' codes: from the dictionary, else the reader's country. */
  private Set<String> codes(List<EventActor> list, LocalDate day) {
    Set<String> out = new LinkedHashSet<>();
    for (EventActor a : list) {
      List<String> found = actors.codes(a.name(), day);
      if (found.isEmpty()) {
        found = actors.codes(a.text(), day);
      }
      if (found.isEmpty() && a.country() != null) {
        found = List.of(a.country());
      }
      for (String code : found) {
        if (code.length() >= 3) {
          out.add(code.substring(0, 3));
        }
      }
    }
    return out;
  }
}
