package org.newsgraph.extract.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date lines pages print near a headline: {@code Published: 18 Feb 2019}, {@code February
 * 18, 2019 10:32 AM}, {@code Updated 2019-02-18}, {@code 5 hours ago}.
 */
final class PrintedDates {

  /** Date lines are short; a longer line that holds a date is a sentence about it. */
  static final int MAX_WORDS = 12;

  private static final List<String> MONTHS =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
  private static final String MONTH =
      "(?<month>(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6})\\.?";
  private static final Pattern ISO =
      Pattern.compile("\\b(?<year>(?:19|20)\\d\\d)[-/.](?<mon>\\d{1,2})[-/.](?<day>\\d{1,2})\\b");
  private static final Pattern MONTH_FIRST =
      Pattern.compile(
          "\\b" + MONTH + " (?<day>\\d{1,2})(?:st|nd|rd|th)?,? (?<year>(?:19|20)\\d\\d)\\b");
  private static final Pattern DAY_FIRST =
      Pattern.compile(
          "\\b(?<day>\\d{1,2})(?:st|nd|rd|th)? " + MONTH + ",? (?<year>(?:19|20)\\d\\d)\\b");
  private static final Pattern TIME =
      Pattern.compile(
          "\\b\\d{1,2}:\\d{2}\\b|\\b\\d+ (?:minutes?|mins?|hours?|hrs?|days?) ago\\b",
          Pattern.CASE_INSENSITIVE);

  private PrintedDates() {}

  /**
   * Whether {@code f} is a date line: short, not a sentence, few function words, and a date or a
   * time in it. A timeline entry ("March 3, 2020: WHO declares a pandemic.") is a sentence.
   */
  static boolean isDateLine(LineFeatures f) {
    if (f.words() > MAX_WORDS
        || f.stopWords() > 2
        || f.endsSentence()
        || f.text().chars().noneMatch(Character::isDigit)) {
      return false;
    }
    return find(f.text()).isPresent() || TIME.matcher(f.text()).find();
  }

  /** The first calendar date written in {@code text}, or empty. */
  static Optional<LocalDate> find(String text) {
    for (Pattern pattern : List.of(ISO, MONTH_FIRST, DAY_FIRST)) {
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        Optional<LocalDate> date = dateOf(m);
        if (date.isPresent()) {
          return date;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> dateOf(Matcher m) {
    int month;
    if (m.pattern() == ISO) {
      month = Integer.parseInt(m.group("mon"));
    } else {
      String name = m.group("month").toLowerCase(Locale.ROOT);
      month = MONTHS.indexOf(name.substring(0, 3)) + 1;
    }
    try {
      int year = Integer.parseInt(m.group("year"));
      return Optional.of(LocalDate.of(year, month, Integer.parseInt(m.group("day"))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
