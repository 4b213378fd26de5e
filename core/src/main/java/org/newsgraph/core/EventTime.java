package org.newsgraph.core;

import java.util.Objects;

/**
 * When an event takes place, from the time expression attached to it.
 *
 * @param value TIMEX3-style value, or a range {@code start/end}: the expression's own value, or
 *              one composed from it ("the three months leading up to June 2018" is {@code
 *              2018-03/2018-06})
 * @param mod   TIMEX3 modifier ({@code AFTER} for "since Nov 30", ...) or {@code null}
 * @param text  the time expression's words; start and end are its span
 */
public record EventTime(String value, String mod, String text, int start, int end) implements Grounded {
  public EventTime {
    Objects.requireNonNull(value, "value");
    Grounded.check(text, start, end);
  }
}
