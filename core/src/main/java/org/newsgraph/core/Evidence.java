package org.newsgraph.core;

/** The words of an article that state a fact, usually the clause around an event's trigger. */
public record Evidence(String text, int start, int end) implements Grounded {
  public Evidence {
    Grounded.check(text, start, end);
  }
}
