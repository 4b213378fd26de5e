package org.newsgraph.core;

/** Whether an event took place, by what the text says of it. */
public enum EventStatus {
  /** Reported as done ("met", "has imposed"). */
  HAPPENED,
  /** Under way at the time of writing ("are meeting", "continue to hold talks"). */
  ONGOING,
  /** Arranged or intended by its actors ("will meet", "set for", "plans to"). */
  PLANNED,
  /** Foreseen by others ("is expected to", "as early as"). */
  EXPECTED,
  /** Possible or conditional ("could", "would", "if", "wants to"). */
  HYPOTHETICAL
}
