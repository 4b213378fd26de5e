package org.newsgraph.index.query;

import java.time.LocalDate;

/** Inclusive calendar bounds; either may be open (null). */
public record DateRange(LocalDate from, LocalDate to) {

  public DateRange {
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from " + from + " is after to " + to);
    }
  }

  /** No bounds. */
  public static DateRange any() {
    return new DateRange(null, null);
  }

  /** Whether neither bound is set. */
  public boolean isOpen() {
    return from == null && to == null;
  }
}
