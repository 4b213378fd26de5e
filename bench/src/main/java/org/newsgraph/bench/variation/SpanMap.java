package org.newsgraph.bench.variation;

/** A rewrite of an article's text that tells where each span of the old text went. */
interface SpanMap {

  /** The rewritten text. */
  String text();

  /** Where the old span {@code [start, end)} stands in the rewritten text. */
  Span map(int start, int end);

  /** A half-open span of the rewritten text. */
  record Span(int start, int end) {}
}
