package org.newsgraph.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The words of an element's class and id, lower-cased: {@code "post-shareBar comments_2"} gives
 * {@code post, share, bar, comments, 2}.
 */
final class NameTokens {

  private final List<String> tokens;

  private NameTokens(List<String> tokens) {
    this.tokens = tokens;
  }

  /** Splits {@code names} at every character that is not a letter or digit and at camel case. */
  static NameTokens of(String names) {
    List<String> tokens = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    char previous = ' ';
    for (int i = 0; i < names.length(); i++) {
      char c = names.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        flush(current, tokens);
      } else {
        if (Character.isUpperCase(c) && Character.isLowerCase(previous)) {
          flush(current, tokens);
        }
        current.append(Character.toLowerCase(c));
      }
      previous = c;
    }
    flush(current, tokens);
    return new NameTokens(tokens);
  }

  private static void flush(StringBuilder current, List<String> tokens) {
    if (current.length() > 0) {
      tokens.add(current.toString());
      current.setLength(0);
    }
  }

  /** Whether any word is in {@code words}. */
  boolean any(Set<String> words) {
    for (String token : tokens) {
      if (words.contains(token)) {
        return true;
      }
    }
    return false;
  }

  /** Whether any word starts with one of {@code prefixes} without being in {@code exceptions}. */
  boolean anyStartingWith(List<String> prefixes, Set<String> exceptions) {
    for (String token : tokens) {
      for (String prefix : prefixes) {
        if (token.startsWith(prefix) && !exceptions.contains(token)) {
          return true;
        }
      }
    }
    return false;
  }
}
