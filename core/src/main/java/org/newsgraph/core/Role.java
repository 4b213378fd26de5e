package org.newsgraph.core;

/**
 * A title or description the article gives a person or organisation ("Japanese Prime
 * Minister", "a lawmaker for the opposition party").
 *
 * @param former whether the text marks it as past ("former", "ex-", "served as")
 */
public record Role(String text, int start, int end, boolean former) implements Grounded {
  public Role {
    Grounded.check(text, start, end);
  }
}
