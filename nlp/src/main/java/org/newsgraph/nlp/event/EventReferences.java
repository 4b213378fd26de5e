package org.newsgraph.nlp.event;

import java.util.List;
import java.util.Set;
import org.newsgraph.core.Event;
import org.newsgraph.core.EventActor;
import org.newsgraph.core.EventStatus;

/**
 * Times carried by references to events: "their first summit" is the dated summit of the same
 * actors told earlier in the article, and an event "during" another takes that one's time.
 */
final class EventReferences {

  private static final Set<String> FIRST = Set.of("first", "previous", "last", "earlier", "initial");
  private static final Set<String> SIMULTANEOUS = Set.of("during", "at", "on");

  private EventReferences() {}

  static void resolve(DependencyGraph g, List<Draft> drafts, ArticleContext context) {
    for (Draft d : drafts) {
      if (d.noun && d.when == null && d.actors().size() >= 2) {
        Event earlier = dated(g, d, context);
        if (earlier != null) {
          d.when = earlier.when();
        }
      }
    }
    for (Draft d : drafts) {
      if (d.when != null) {
        continue;
      }
      for (int c : g.children(d.node, Set.of("obl", "nmod"))) {
        if (!SIMULTANEOUS.contains(g.caseWord(c))) {
          continue;
        }
        for (Draft other : drafts) {
          if (other != d && other.node == c && other.when != null) {
            d.when = other.when;
          }
        }
      }
    }
  }

  /** The earlier dated event of the same category and actors that a noun refers back to. */
  private static Event dated(DependencyGraph g, Draft d, ArticleContext context) {
    boolean first = false;
    for (int c : g.children(d.node, Set.of("amod"))) {
      first |= FIRST.contains(g.lemma(c));
    }
    boolean definite = first || g.child(d.node, Set.of("nmod:poss")) >= 0
        || g.children(d.node, Set.of("det")).stream().anyMatch(c -> g.lemma(c).equals("the"));
    if (!definite) {
      return null;
    }
    Event latest = null;
    for (Event e : context.events()) {
      boolean sameKind = e.type() != null && e.type().equals(d.action.type());
      if (sameKind && e.when() != null && e.status() == EventStatus.HAPPENED && sameActors(e, d)) {
        if (first) {
          return e;
        }
        latest = e;
      }
    }
    return latest;
  }

  private static boolean sameActors(Event e, Draft d) {
    int shared = 0;
    for (EventActor a : d.actors()) {
      boolean found = e.source().stream().anyMatch(b -> b.name().equals(a.name()))
          || e.target().stream().anyMatch(b -> b.name().equals(a.name()));
      shared += found ? 1 : 0;
    }
    return shared >= 2;
  }
}
