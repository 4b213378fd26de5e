package org.newsgraph.server.watch;

/** What a day's digest holds. */
public enum DigestMode {
  /** Every alert since the last digest. */
  FULL,
  /** The few alerts with the most independent sources since the last digest. */
  SELECTION,
  /** No digest that day: its alerts go into the next one. */
  NONE
}
