package org.newsgraph.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dateline that opens a story: {@code [TOKYO]}, {@code TOKYO (Reuters) -}, {@code
 * WASHINGTON —}, {@code PARIS, Feb 18 -}.
 */
final class Datelines {

  private static final String PLACE = "\\p{Lu}[\\p{Lu}.'\\- ]{1,40}(?:,\\s*\\p{Lu}[\\p{L}.' ]{1,30})?";
  private static final Pattern BRACKETED = Pattern.compile("^\\[(" + PLACE + ")\\]\\s*");
  private static final Pattern DASHED =
      Pattern.compile(
          "^(" + PLACE + ")(?:,\\s*[\\p{L}0-9. ]{1,20})?\\s*(?:\\([^)]{1,30}\\))?\\s*[-\u2013\u2014:]\\s+");

  private Datelines() {}

  /** The place of the dateline that opens {@code paragraph}, as printed, or empty. */
  static Optional<String> find(String paragraph) {
    Matcher m = match(paragraph);
    return m == null ? Optional.empty() : Optional.of(m.group(1).strip());
  }

  /** {@code paragraph} without the dateline that opens it. */
  static String strip(String paragraph) {
    Matcher m = match(paragraph);
    return m == null ? paragraph : paragraph.substring(m.end());
  }

  private static Matcher match(String paragraph) {
    Matcher bracketed = BRACKETED.matcher(paragraph);
    if (bracketed.lookingAt()) {
      return bracketed;
    }
    Matcher dashed = DASHED.matcher(paragraph);
    if (dashed.lookingAt() && isUpperCase(dashed.group(1))) {
      return dashed;
    }
    return null;
  }

  private static boolean isUpperCase(String place) {
    String head = place.split(",")[0];
    return head.equals(head.toUpperCase(java.util.Locale.ROOT)) && head.strip().length() >= 2;
  }
}
