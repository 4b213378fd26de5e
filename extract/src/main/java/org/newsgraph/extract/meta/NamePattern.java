package org.newsgraph.extract.meta;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A regular expression over an element's lower-case class and id names ({@link
 * Regions#classAndId}), with words every match contains. Most names hold none of the words, and
 * looking for them costs far less than the expression, which only runs when one is there.
 */
final class NamePattern {

  private final Pattern pattern;
  private final List<String> words;
  private final NameWords table;

  /**
   * A pattern for {@code regex}; every match of it must contain one of {@code words}, which are
   * lower-case ASCII.
   */
  NamePattern(String regex, String... words) {
    this.pattern = Pattern.compile(regex);
    this.words = List.of(words);
    this.table = new NameWords(List.of(this.words));
  }

  /** Whether the expression matches somewhere in {@code names}. */
  boolean find(String names) {
    return table.scan(names) != 0 && matches(names);
  }

  /**
   * Whether the expression matches somewhere in {@code names}, which are known to hold one of
   * the words.
   */
  boolean matches(String names) {
    return pattern.matcher(names).find();
  }

  /** The words every match contains. */
  List<String> words() {
    return words;
  }

  /** The regular expression. */
  Pattern pattern() {
    return pattern;
  }
}
