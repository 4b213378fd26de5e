package org.newsgraph.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dateline that opens a story: {@code [TOKYO]}, {@code TOKYO (Reuters) -}, {@code
 * WASHINGTON —}, {@code PARIS, Feb 18 (AFP) -}, {@code SEOUL, South Korea —}, {@code NEW DELHI:},
 * {@code Beijing, China, Feb. 3 (Xinhua) --}.
 *
 * <p>A place in capitals needs only a separator after it; a place in ordinary case needs a date or
 * a news agency in brackets too, so that ordinary sentences are not taken for datelines. Section
 * labels such as {@code BREAKING:} or {@code UPDATE -} are not places.
 */
final class Datelines {

  private static final String WORD = "\\p{Lu}[\\p{L}.'\u2019\\-]{0,30}";
  private static final String NAME = WORD + "(?: " + WORD + "){0,3}";
  private static final String MONTH =
      "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\\.?";
  private static final String DATE =
      "(?:" + MONTH + " \\d{1,2}|\\d{1,2} " + MONTH + ")(?:,? \\d{4})?";
  private static final Pattern BRACKETED = Pattern.compile("^\\[\\s*(" + NAME + ")\\s*\\]\\s*");
  private static final Pattern SEPARATED =
      Pattern.compile(
          "^(?<place>"
              + NAME
              + "(?:, (?!"
              + DATE
              + ")"
              + NAME
              + ")?)"
              + "(?:, (?<date>"
              + DATE
              + "))?"
              + "(?: ?(?<agency>\\(\\p{L}[\\p{L}\\p{N} .&'/-]{0,29}\\)))?"
              + "(?: ?(?<dash>--?|[\u2013\u2014])(?=\\s|\\p{L}|\")|(?<colon>:)(?=\\s))\\s*");

  /** Section labels that open a paragraph the way a dateline does but name no place. */
  private static final Set<String> LABELS =
      Set.of(
          "ADVERTISEMENT",
          "ALERT",
          "ANALYSIS",
          "BREAKING",
          "BREAKING NEWS",
          "COMMENT",
          "CORRECTION",
          "EDITORIAL",
          "EDITOR'S NOTE",
          "EXCLUSIVE",
          "EXPLAINER",
          "FACTBOX",
          "FLASH",
          "INTERVIEW",
          "LIVE",
          "NOTE",
          "OPINION",
          "PHOTOS",
          "READ MORE",
          "REVIEW",
          "SPONSORED",
          "UPDATE",
          "UPDATED",
          "URGENT",
          "VIDEO",
          "WATCH");

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
    if (bracketed.lookingAt() && isCapitals(bracketed.group(1))) {
      return bracketed;
    }
    Matcher separated = SEPARATED.matcher(paragraph);
    if (!separated.lookingAt()) {
      return null;
    }
    String place = separated.group("place");
    String head = place.split(",")[0];
    if (LABELS.contains(head.replace('\u2019', '\'').toUpperCase(Locale.ROOT))) {
      return null;
    }
    boolean dated = separated.group("date") != null || separated.group("agency") != null;
    if (isCapitals(head)) {
      return separated;
    }
    return dated && separated.group("dash") != null ? separated : null;
  }

  /** At least three letters and no lower-case letter: {@code TOKYO}, {@code NEW YORK}. */
  private static boolean isCapitals(String place) {
    int letters = 0;
    for (int i = 0; i < place.length(); i++) {
      char c = place.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters >= 3;
  }
}
