package org.newsgraph.bench.variation;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.core.AnnotatedArticle;
import org.newsgraph.core.Entity;
import org.newsgraph.core.Event;
import org.newsgraph.core.Grounded;
import org.newsgraph.core.Quote;

/** Every span an article's facts point at, speakers' included, as {start, end} pairs. */
final class Spans {

  private Spans() {}

  static List<int[]> of(AnnotatedArticle a) {
    List<int[]> spans = new ArrayList<>();
    for (Entity e : a.entities()) {
      e.mentions().forEach(m -> add(spans, m));
      e.roles().forEach(r -> add(spans, r));
    }
    for (Quote q : a.quotes()) {
      add(spans, q);
      if (q.cue() != null) {
        add(spans, q.cue());
      }
      if (q.speaker() != null) {
        spans.add(new int[] {q.speaker().start(), q.speaker().end()});
      }
    }
    a.times().forEach(t -> add(spans, t));
    for (Event e : a.events()) {
      add(spans, e.evidence());
      add(spans, e.trigger());
      e.source().forEach(x -> add(spans, x));
      e.target().forEach(x -> add(spans, x));
      if (e.place() != null) {
        add(spans, e.place());
      }
      if (e.when() != null) {
        add(spans, e.when());
      }
    }
    return spans;
  }

  private static void add(List<int[]> spans, Grounded fact) {
    spans.add(new int[] {fact.start(), fact.end()});
  }
}
