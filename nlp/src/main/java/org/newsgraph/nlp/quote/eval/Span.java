package org.newsgraph.nlp.quote.eval;

import java.util.List;

/** A half-open character span {@code [start, end)}. */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  /** Whether this span and {@code other} share a character. */
  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** Whether any span of {@code a} overlaps any span of {@code b}. */
  public static boolean anyOverlap(List<Span> a, List<Span> b) {
    for (Span x : a) {
      for (Span y : b) {
        if (x.overlaps(y)) {
          return true;
        }
      }
    }
    return false;
  }
}
