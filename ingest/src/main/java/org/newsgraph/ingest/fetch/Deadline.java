package org.newsgraph.ingest.fetch;

import java.time.Duration;

/** The moment a whole fetch, redirects and body included, must be done by. */
final class Deadline {

  private final Duration budget;
  private final long endNanos;

  private Deadline(Duration budget) {
    this.budget = budget;
    this.endNanos = System.nanoTime() + budget.toNanos();
  }

  /** A deadline {@code budget} from now. */
  static Deadline after(Duration budget) {
    return new Deadline(budget);
  }

  /** The time left, never negative. */
  Duration remaining() {
    return Duration.ofNanos(Math.max(0, endNanos - System.nanoTime()));
  }

  /** The time left; throws the timeout problem when none is. */
  Duration require() throws FetchProblem {
    Duration left = remaining();
    if (left.isZero()) {
      throw expired();
    }
    return left;
  }

  /** The problem to report when the deadline passes. */
  FetchProblem expired() {
    return new FetchProblem("timed out after " + describe(budget));
  }

  /** A duration as people write it: "30 s", "1.5 s", "250 ms". */
  static String describe(Duration duration) {
    long millis = duration.toMillis();
    if (millis < 1000) {
      return millis + " ms";
    }
    if (millis % 1000 == 0) {
      return millis / 1000 + " s";
    }
    return String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
  }
}
