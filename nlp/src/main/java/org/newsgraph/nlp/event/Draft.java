package org.newsgraph.nlp.event;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.core.EventActor;
import org.newsgraph.core.EventPlace;
import org.newsgraph.core.EventTime;

/** An event while the sentence reader fills it in. */
final class Draft {

  final int trigger;
  /** The head of the trigger's phrase: the trigger, or the noun a trigger noun modifies. */
  final int node;
  final int second;
  final Action action;
  final boolean noun;
  final List<EventActor> source = new ArrayList<>();
  final List<EventActor> target = new ArrayList<>();
  Modality.Reading reading;
  Integer count;
  EventTime when;
  EventPlace place;
  int depth;

  Draft(ActionLexicon.Match match, boolean noun, int node) {
    this.trigger = match.index();
    this.node = node;
    this.second = match.second();
    this.action = match.action();
    this.noun = noun;
  }

  /** Every actor, sources first, each once. */
  List<EventActor> actors() {
    List<EventActor> all = new ArrayList<>(source);
    addNew(all, target);
    return all;
  }

  static void addNew(List<EventActor> to, List<EventActor> actors) {
    for (EventActor a : actors) {
      if (to.stream().noneMatch(b -> same(a, b))) {
        to.add(a);
      }
    }
  }

  /**
   * Whether two actors are one: the same name, unless each has its own country ("Hungarian and
   * Romanian officials" are two groups of one description).
   */
  static boolean same(EventActor a, EventActor b) {
    return a.name().equals(b.name())
        && (a.country() == null || b.country() == null || a.country().equals(b.country()));
  }
}
