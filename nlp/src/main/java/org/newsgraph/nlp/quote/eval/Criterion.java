package org.newsgraph.nlp.quote.eval;

/** How a predicted attribution must agree with a gold one to count as found. */
public enum Criterion {
  /** The contents overlap enough; the speaker is not checked. */
  CONTENT,
  /**
   * The contents overlap and the speaker span overlaps the gold source span (for a gold relation
   * without source: no speaker is predicted).
   */
  STRICT,
  /**
   * As {@link #STRICT}, or the speaker is the same as the gold source by another mention of its
   * entity or by name ("Pat Caddell" for a source "longtime pollster Pat Caddell").
   */
  FULL
}
