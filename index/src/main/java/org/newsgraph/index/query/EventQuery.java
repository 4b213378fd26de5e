package org.newsgraph.index.query;

import java.util.Objects;

/**
 * A search of merged events, answered in time order.
 *
 * @param actor an actor (merged entity id or name), or null
 * @param actor2 a second actor that must take part too, or null
 * @param action our verb class ({@code meet}), or null
 * @param type PLOVER type ({@code CONSULT}), or null
 */
public record EventQuery(
    String actor, String actor2, String action, String type, DateRange dates, Paging paging) {
  public EventQuery {
    Objects.requireNonNull(dates, "dates");
    Objects.requireNonNull(paging, "paging");
  }
}
