package org.newsgraph.core;

/** How a quotation gives someone's words. */
public enum QuoteKind {
  /** Whole sentences in quotation marks. */
  DIRECT,
  /** A fragment in quotation marks inside the writer's own sentence. */
  PARTIAL,
  /** Paraphrase: "said that ...", "according to ...". */
  REPORTED
}
