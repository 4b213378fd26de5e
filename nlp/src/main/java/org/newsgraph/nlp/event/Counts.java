package org.newsgraph.nlp.event;

import java.util.Map;
import java.util.Set;

/**
 * How many times an event happened, when the text says: "twice", "five times", "two missiles",
 * "three meetings". A number that is part of a time expression ("the 1972 agreement") is a date,
 * not a count.
 */
final class Counts {

  private static final Map<String, Integer> ADVERBS = Map.of("once", 1, "twice", 2, "thrice", 3);
  private static final Map<String, Integer> NUMBERS = Map.ofEntries(
      Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
      Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
      Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
      Map.entry("dozen", 12));
  /** Things counted one per event: "fired two missiles" is two launches. */
  private static final Set<String> MUNITIONS =
      Set.of("missile", "rocket", "shell", "bomb", "projectile", "test", "strike", "round");

  private Counts() {}

  /**
   * The count of the event triggered at {@code t} (decided by word {@code second}), or null;
   * the words at {@code dated} belong to time expressions.
   */
  static Integer of(DependencyGraph g, int t, int second, boolean noun, Set<Integer> dated) {
    for (int c : g.children(t)) {
      String word = ArticleContext.lower(g.token(c).text());
      if (ADVERBS.containsKey(word) && g.baseLabel(c).equals("advmod")) {
        return ADVERBS.get(word);
      }
      if (g.lemma(c).equals("time") && !noun) {
        Integer n = number(g, c, dated);
        if (n != null) {
          return n;
        }
      }
    }
    if (noun) {
      return number(g, t, dated);
    }
    if (second >= 0 && MUNITIONS.contains(g.lemma(second))) {
      return number(g, second, dated);
    }
    int object = g.child(t, Set.of("obj"));
    return object >= 0 && MUNITIONS.contains(g.lemma(object)) ? number(g, object, dated) : null;
  }

  /** The number that counts {@code head} ("five" in "five times"), or null. */
  private static Integer number(DependencyGraph g, int head, Set<Integer> dated) {
    for (int c : g.children(head, Set.of("nummod"))) {
      if (dated.contains(c)) {
        continue;
      }
      Integer n = parse(ArticleContext.lower(g.token(c).text()));
      if (n != null) {
        return n;
      }
    }
    return null;
  }

  static Integer parse(String word) {
    Integer n = NUMBERS.get(word);
    if (n != null) {
      return n;
    }
    if (word.matches("\\d{1,4}")) {
      int value = Integer.parseInt(word);
      return value > 0 ? value : null;
    }
    return null;
  }
}
