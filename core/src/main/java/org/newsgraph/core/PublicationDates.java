package org.newsgraph.core;

import java.time.LocalDate;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.format.DateTimeParseException;

/** Checks and reads the ISO-8601 publication times that {@link Article} carries. */
public final class PublicationDates {

  /**
   * The two forms the extractor writes, {@code 2019-02-18} and {@code 2019-02-18T05:00:00+08:00}:
   * {@code d} stands for a digit, {@code +} for either sign.
   */
  private static final String DATE_FORM = "dddd-dd-dd";

  private static final String DATE_TIME_FORM = "dddd-dd-ddTdd:dd:dd+dd:dd";

  private PublicationDates() {}

  /**
   * Throws {@link IllegalArgumentException} unless {@code value} is an ISO-8601 date or an
   * ISO-8601 date-time with an offset.
   */
  public static void requireValid(String value) {
    dateOf(value);
  }

  /** The calendar date of an ISO-8601 date or date-time with offset. */
  public static LocalDate dateOf(String value) {
    LocalDate date = plainDate(value);
    if (date != null) {
      return date;
    }
    try {
      return value.length() == 10
          ? LocalDate.parse(value)
          : OffsetDateTime.parse(value).toLocalDate();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not an ISO-8601 date or date-time: " + value, e);
    }
  }

  /**
   * The date of {@code value} when it has one of the two plain forms with every field in range,
   * else {@code null} and the parsers decide; they cost as much as the rest of building an
   * article, and nearly every value has a plain form.
   */
  private static LocalDate plainDate(String value) {
    boolean timed = value.length() == DATE_TIME_FORM.length();
    if (!fits(value, timed ? DATE_TIME_FORM : DATE_FORM)) {
      return null;
    }
    if (timed
        && (number(value, 11) > 23
            || number(value, 14) > 59
            || number(value, 17) > 59
            || number(value, 20) > 17
            || number(value, 23) > 59)) {
      return null;
    }
    int year = number(value, 0) * 100 + number(value, 2);
    int month = number(value, 5);
    int day = number(value, 8);
    if (month < 1 || month > 12 || day < 1 || day > Month.of(month).length(Year.isLeap(year))) {
      return null;
    }
    return LocalDate.of(year, month, day);
  }

  private static boolean fits(String value, String form) {
    if (value.length() != form.length()) {
      return false;
    }
    for (int i = 0; i < form.length(); i++) {
      char c = value.charAt(i);
      boolean fits =
          switch (form.charAt(i)) {
            case 'd' -> c >= '0' && c <= '9';
            case '+' -> c == '+' || c == '-';
            default -> c == form.charAt(i);
          };
      if (!fits) {
        return false;
      }
    }
    return true;
  }

  /** The two-digit number at {@code i}. */
  private static int number(String value, int i) {
    return (value.charAt(i) - '0') * 10 + value.charAt(i + 1) - '0';
  }
}
