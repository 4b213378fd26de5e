package org.newsgraph.nlp.quote;

/** What a cue can attribute. */
enum CueClass {
  /** Speech: quotations and reported clauses ("said", "told reporters"). */
  SPEECH,
  /** Thought and findings: reported clauses only ("believes", "found"). */
  THOUGHT,
  /** Naming and judging: a quoted fragment near it, or its complement ("called it"). */
  LABEL,
  /** A position held: its complement ("wants to", "opposes"), or a quoted fragment near it. */
  STANCE,
  /** "according to X": the sentence it stands in. */
  ACCORDING
}
