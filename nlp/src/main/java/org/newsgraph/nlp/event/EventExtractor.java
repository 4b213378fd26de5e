package org.newsgraph.nlp.event;

import java.util.List;
import org.newsgraph.core.Entity;
import org.newsgraph.core.Event;
import org.newsgraph.core.Quote;
import org.newsgraph.core.TimeExpression;
import org.newsgraph.nlp.text.TextAnalysis;

/** Finds who did what to whom, where and when in a text that the other readers have read. */
@FunctionalInterface
public interface EventExtractor {

  /**
   * The events of {@code analysis}, ids {@code v1, v2, ...} in text order. Actors come from
   * {@code entities}, times from {@code times}; an event inside one of {@code quotes} carries the
   * quote's id.
   */
  List<Event> extract(
      TextAnalysis analysis, List<Entity> entities, List<TimeExpression> times, List<Quote> quotes);
}
