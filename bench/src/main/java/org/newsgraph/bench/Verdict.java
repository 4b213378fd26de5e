package org.newsgraph.bench;

import java.util.Locale;

/** The line of a summary that says whether a target is met. */
final class Verdict {

  private Verdict() {}

  static String line(String what, boolean met, String target) {
    return String.format(
        Locale.ROOT, "%s (target %s): %s%n", what, target, met ? "met" : "NOT met");
  }
}
