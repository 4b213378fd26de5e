package org.newsgraph.server.watch;

import java.util.List;
import java.util.stream.Collectors;
import org.newsgraph.core.Event;
import org.newsgraph.core.EventActor;
import org.newsgraph.core.Polarity;
import org.newsgraph.index.EventParty;
import org.newsgraph.index.KnownEvent;

/** Short readings of facts for titles, lists and feeds: "Tanaka meet Berg (CONSULT)". */
public final class FactLines {

  private FactLines() {}

  /** An article's event in a line. */
  public static String eventSummary(Event e) {
    return line(names(e.source()), e.action(), e.polarity(), names(e.target()), e.type(),
        e.when() == null ? null : e.when().value());
  }

  /** A merged event in a line. */
  public static String eventSummary(KnownEvent e) {
    String sources = e.actors().stream().filter(a -> !a.target()).map(EventParty::name)
        .collect(Collectors.joining(", "));
    String targets = e.actors().stream().filter(EventParty::target).map(EventParty::name)
        .collect(Collectors.joining(", "));
    return line(sources, e.action(), e.polarity(), targets, e.type(), e.date());
  }

  private static String names(List<EventActor> actors) {
    return actors.stream().map(EventActor::name).collect(Collectors.joining(", "));
  }

  private static String line(String sources, String action, Polarity polarity, String targets,
      String type, String when) {
    StringBuilder s = new StringBuilder();
    s.append(sources.isEmpty() ? "someone" : sources).append(' ');
    s.append(polarity == Polarity.NEGATIVE ? "did not " + action : action);
    if (!targets.isEmpty()) {
      s.append(' ').append(targets);
    }
    if (type != null) {
      s.append(" (").append(type).append(')');
    }
    if (when != null) {
      s.append(", ").append(when);
    }
    return s.toString();
  }
}
