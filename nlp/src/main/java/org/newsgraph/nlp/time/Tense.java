package org.newsgraph.nlp.time;

/** The time a clause speaks of, relative to the moment of writing. */
enum Tense {
  /** Simple past, or a perfect: "met", "has found", "was expected to". */
  PAST,
  /** Simple present: "says", "is". */
  PRESENT,
  /** Will, would, going to, or a plan: "will meet", "is set for", "plans to", "is meeting". */
  FUTURE,
  /** No verb to tell by. */
  UNKNOWN
}
