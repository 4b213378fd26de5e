package org.newsgraph.core;

/** The words that mark a quotation as someone's: "said", "told parliament", "according to". */
public record Cue(String text, int start, int end) implements Grounded {
  public Cue {
    Grounded.check(text, start, end);
  }
}
