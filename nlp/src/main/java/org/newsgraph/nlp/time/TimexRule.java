package org.newsgraph.nlp.time;

import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One recognition rule: the words that trigger it, a precompiled pattern over the text bounded by
 * word edges, and how to read a match of it. The reader returns {@code null} to refuse a match (for
 * example a year that counts people).
 */
record TimexRule(String name, Predicate<String> trigger, Pattern pattern, Reader reader) {

  /** Reads one match of a rule's pattern. */
  @FunctionalInterface
  interface Reader {
    Timex read(Matcher match, MatchContext context);
  }

  /**
   * A rule for {@code regex}, matched case-insensitively between word edges near a token that
   * {@code trigger} accepts (tested on the token's lower-case text).
   */
  static TimexRule of(String name, Predicate<String> trigger, String regex, Reader reader) {
    Pattern pattern =
        Pattern.compile("(?<![\\w])(?:" + regex + ")(?![\\w])", Pattern.CASE_INSENSITIVE);
    return new TimexRule(name, trigger, pattern, reader);
  }
}
