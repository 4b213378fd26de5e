package org.newsgraph.bench.variation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moves the calendar dates and months of a TIMEX3-style value by a number of days: {@code
 * 2019-02-15} and {@code 2019-02}, also inside ranges ({@code 2019-02-27/2019-02-28}). Years,
 * weeks, durations and references stay as they are.
 */
final class DateShift {

  private static final Pattern DATE =
      Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})(?:-(\\d{2}))?(?!\\d)");

  private final long days;

  DateShift(long days) {
    this.days = days;
  }

  /** {@code value} with its dates and months moved; null stays null. */
  String apply(String value) {
    if (value == null || days == 0) {
      return value;
    }
    Matcher m = DATE.matcher(value);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(moved(m)));
    }
    return m.appendTail(out).toString();
  }

  private String moved(Matcher m) {
    try {
      int year = Integer.parseInt(m.group(1));
      int month = Integer.parseInt(m.group(2));
      if (m.group(3) != null) {
        return LocalDate.of(year, month, Integer.parseInt(m.group(3))).plusDays(days).toString();
      }
      return YearMonth.from(LocalDate.of(year, month, 15).plusDays(days)).toString();
    } catch (DateTimeException e) {
      return m.group();
    }
  }
}
