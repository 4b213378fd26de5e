package org.newsgraph.nlp.time;

import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The words a rule cannot match without, tested on lower-case token texts. The tagger runs a rule's
 * pattern only in a few tokens' window around its triggers, which keeps it to linear passes over
 * the tokens.
 */
final class Triggers {

  private Triggers() {}

  static final Predicate<String> MONTH =
      words(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "jan",
          "jan.",
          "feb",
          "feb.",
          "mar.",
          "apr",
          "apr.",
          "jun",
          "jun.",
          "jul",
          "jul.",
          "aug",
          "aug.",
          "sep",
          "sep.",
          "sept",
          "sept.",
          "oct",
          "oct.",
          "nov",
          "nov.",
          "dec",
          "dec.");

  static final Predicate<String> WEEKDAY =
      words(
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "mon.",
          "tue.",
          "tues.",
          "wed.",
          "thu.",
          "thur.",
          "thurs.",
          "fri.",
          "sat.",
          "sun.",
          "mondays",
          "tuesdays",
          "wednesdays",
          "thursdays",
          "fridays",
          "saturdays",
          "sundays");

  /** A token that starts with a digit. */
  static final Predicate<String> DIGITS = w -> !w.isEmpty() && Character.isDigit(w.charAt(0));

  private static final Predicate<String> DECADE_WORD =
      words(
          "twenties",
          "thirties",
          "forties",
          "fifties",
          "sixties",
          "seventies",
          "eighties",
          "nineties");

  /** A decade: "1970s", "'70s", "seventies". */
  static final Predicate<String> DECADE =
      w ->
          w.endsWith("s") && (DIGITS.test(w) || w.startsWith("'") || w.startsWith("\u2019"))
              || DECADE_WORD.test(w);

  /** A calendar or clock unit, also inside a hyphenated word ("two-year"). */
  static final Predicate<String> UNIT =
      w ->
          w.contains("second")
              || w.contains("minute")
              || w.contains("hour")
              || w.contains("day")
              || w.contains("night")
              || w.contains("week")
              || w.contains("month")
              || w.contains("quarter")
              || w.contains("year")
              || w.contains("decade")
              || w.contains("centur")
              || w.contains("millenni");

  static final Predicate<String> YEAR_WORDS = words("nineteen", "eighteen", "twenty", "thousand");

  static final Predicate<String> SEASON = words("spring", "summer", "autumn", "fall", "winter");

  static final Predicate<String> PART_OF_DAY =
      words("morning", "afternoon", "evening", "night", "overnight");

  static final Predicate<String> DAY_WORD = words("today", "tonight", "tomorrow", "yesterday");

  private static final Pattern GLUED_CLOCK = Pattern.compile("\\d{1,2}(:\\d\\d)?[ap]m");

  static final Predicate<String> CLOCK =
      w ->
          w.contains("a.m")
              || w.contains("p.m")
              || w.equals("am")
              || w.equals("pm")
              || w.contains(":")
              || w.equals("noon")
              || w.equals("midday")
              || w.equals("midnight")
              || DIGITS.test(w) && GLUED_CLOCK.matcher(w).matches();

  static final Predicate<String> HOLIDAY =
      words(
          "christmas",
          "thanksgiving",
          "halloween",
          "easter",
          "year",
          "years",
          "year's",
          "'s",
          "day",
          "eve",
          "friday");

  static final Predicate<String> EVERY = words("every", "each");

  static final Predicate<String> FREQUENCY = words("once", "twice", "thrice", "times");

  static final Predicate<String> FREQUENCY_ADVERB =
      words(
          "hourly",
          "daily",
          "nightly",
          "weekly",
          "biweekly",
          "fortnightly",
          "monthly",
          "bimonthly",
          "quarterly",
          "yearly",
          "annually",
          "semiannually",
          "biannually");

  static final Predicate<String> VAGUE_PAST = words("recently", "lately", "past", "recent");

  static final Predicate<String> VAGUE_PRESENT =
      words("now", "currently", "presently", "nowadays", "days", "present", "moment", "current");

  static final Predicate<String> VAGUE_FUTURE = words("future", "coming", "upcoming", "term");

  static Predicate<String> contains(String part) {
    return w -> w.contains(part);
  }

  static Predicate<String> words(String... words) {
    Set<String> set = Set.of(words);
    return set::contains;
  }
}
