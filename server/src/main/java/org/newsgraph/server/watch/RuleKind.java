package org.newsgraph.server.watch;

/** What a watchlist rule looks for. */
public enum RuleKind {
  /** A new event of an action or PLOVER type that involves an entity. */
  EVENT,
  /** The first event in which two entities take part together. */
  FIRST_CONTACT,
  /** A new quotation by an entity. */
  QUOTE,
  /** An entity mentioned by at least a number of independent stories on one day. */
  BUSY
}
