package org.newsgraph.extract.html;

import java.util.Locale;
import java.util.Set;

/**
 * Recognises lines that only give a date or time, such as "Monday, October 22, 2012 at 9:15AM"
 * or "Updated 05:55 PM EDT": every word is a number, a month, a weekday, a time zone or one of a
 * few words that introduce a date, and there is a month or more than one number.
 */
final class DateOnlyLines {

  private static final int MAX_WORDS = 14;

  private static final Set<String> MONTHS =
      Set.of(
          "january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
          "sep", "sept", "oct", "nov", "dec");

  private static final Set<String> DATE_WORDS =
      Set.of(
          "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon",
          "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "am", "pm", "a", "p",
          "m", "gmt", "utc", "bst", "cet", "cest", "est", "edt", "cst", "cdt", "mst", "mdt", "pst",
          "pdt", "et", "pt", "ct", "ist", "aest", "z", "updated", "published", "posted", "on",
          "at", "last", "modified", "date", "time", "today", "yesterday", "ago", "minutes",
          "minute", "mins", "hours", "hour", "hrs", "days", "day", "weeks", "st", "nd", "rd",
          "th", "of", "the", "and", "created", "uhr", "um");

  private static final Set<String> NUMBER_SUFFIXES = Set.of("st", "nd", "rd", "th", "am", "pm", "h");

  private DateOnlyLines() {}

  /** Whether {@code line}, of {@code wordCount} words, says nothing but a date or time. */
  static boolean matches(String line, int wordCount) {
    if (wordCount > MAX_WORDS) {
      return false;
    }
    int numbers = 0;
    boolean month = false;
    String lower = line.toLowerCase(Locale.ROOT);
    int start = -1;
    for (int i = 0; i <= lower.length(); i++) {
      boolean wordChar = i < lower.length() && Character.isLetterOrDigit(lower.charAt(i));
      if (wordChar && start < 0) {
        start = i;
      } else if (!wordChar && start >= 0) {
        String word = lower.substring(start, i);
        start = -1;
        if (isNumber(word)) {
          numbers++;
        } else if (MONTHS.contains(word)) {
          month = true;
        } else if (!DATE_WORDS.contains(word)) {
          return false;
        }
      }
    }
    return month || numbers >= 2;
  }

  /** Digits, possibly with an ordinal suffix ("9th") or a time suffix ("8:44am" gives "44am"). */
  private static boolean isNumber(String word) {
    int digits = 0;
    while (digits < word.length() && Character.isDigit(word.charAt(digits))) {
      digits++;
    }
    if (digits == 0 || digits > 4) {
      return false;
    }
    String rest = word.substring(digits);
    return rest.isEmpty() || NUMBER_SUFFIXES.contains(rest);
  }
}
