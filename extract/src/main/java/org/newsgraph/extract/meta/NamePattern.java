package org.newsgraph.extract.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A regular expression over an element's lower-case class and id names ({@link
 * Regions#classAndId}), with words every match contains. Most names hold none of the words, and
 * looking for them costs far less than the expression, which only runs when one is there.
 */
final class NamePattern {

  private final Pattern pattern;
  private final String[][] wordsByFirstChar = new String[0x80][];

  /**
   * A pattern for {@code regex}; every match of it must contain one of {@code words}, which are
   * lower-case ASCII.
   */
  NamePattern(String regex, String... words) {
    this.pattern = Pattern.compile(regex);
    List<List<String>> byFirst = new ArrayList<>();
    for (int c = 0; c < wordsByFirstChar.length; c++) {
      byFirst.add(new ArrayList<>());
    }
    for (String word : words) {
      if (word.isEmpty() || !word.chars().allMatch(c -> c < 0x80)) {
        throw new IllegalArgumentException("not an ASCII word: '" + word + "'");
      }
      byFirst.get(word.charAt(0)).add(word);
    }
    for (int c = 0; c < wordsByFirstChar.length; c++) {
      wordsByFirstChar[c] = byFirst.get(c).toArray(String[]::new);
    }
  }

  /** Whether the expression matches somewhere in {@code names}. */
  boolean find(String names) {
    return hasWord(names) && pattern.matcher(names).find();
  }

  /** The regular expression. */
  Pattern pattern() {
    return pattern;
  }

  private boolean hasWord(String names) {
    for (int i = 0; i < names.length(); i++) {
      char c = names.charAt(i);
      if (c < 0x80) {
        for (String word : wordsByFirstChar[c]) {
          if (names.startsWith(word, i)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
