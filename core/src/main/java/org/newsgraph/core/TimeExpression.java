package org.newsgraph.core;

import java.util.Objects;

/**
 * A time expression and its normalised value.
 *
 * @param value TIMEX3-style: {@code 2019-02-15}, {@code 2019-02}, {@code 2019-W07}, {@code 197},
 *              {@code P10Y}, {@code PAST_REF}, or a range {@code 2019-02-27/2019-02-28}
 * @param mod   TIMEX3 modifier ({@code BEFORE}, {@code AFTER}, {@code START}, {@code END},
 *              {@code MORE_THAN}, ...) or {@code null}
 */
public record TimeExpression(String text, int start, int end, TimeType type, String value, String mod)
    implements Grounded {
  public TimeExpression {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    Grounded.check(text, start, end);
  }
}
