package org.newsgraph.nlp.time.eval;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a calendar value covers, first and last: a TIMEX3 value ({@code 2017}, {@code 2017-07},
 * {@code 2017-W28}, {@code 2017-W28-WE}, {@code 196}, {@code 2017-Q3}, {@code 2017-SU}, {@code
 * 2017-02-27/2017-02-28}) or a TEI date ({@code when}, {@code from}/{@code to}). Two values mean
 * the same time when their spans are equal.
 */
public record CalendarSpan(LocalDate first, LocalDate last) {

  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d\\d)-(\\d\\d)");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d\\d)");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern DECADE = Pattern.compile("\\d{3}");
  private static final Pattern CENTURY = Pattern.compile("\\d{2}");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d\\d)(-WE)?");
  private static final Pattern PART = Pattern.compile("(\\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)");

  /** The span of {@code value}, or {@code null} when it is not a calendar period we can place. */
  public static CalendarSpan of(String value) {
    if (value == null) {
      return null;
    }
    int slash = value.indexOf('/');
    if (slash > 0) {
      CalendarSpan from = of(value.substring(0, slash));
      CalendarSpan to = of(value.substring(slash + 1));
      return from == null || to == null ? null : new CalendarSpan(from.first, to.last);
    }
    try {
      return parse(value);
    } catch (java.time.DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  /** The span from the start of {@code from} to the end of {@code to}, or {@code null}. */
  public static CalendarSpan between(String from, String to) {
    CalendarSpan a = of(from);
    CalendarSpan b = of(to);
    return a == null || b == null ? null : new CalendarSpan(a.first, b.last);
  }

  private static CalendarSpan parse(String value) {
    Matcher m;
    if ((m = DAY.matcher(value)).matches()) {
      LocalDate d = LocalDate.of(number(m, 1), number(m, 2), number(m, 3));
      return new CalendarSpan(d, d);
    }
    if ((m = MONTH.matcher(value)).matches()) {
      LocalDate d = LocalDate.of(number(m, 1), number(m, 2), 1);
      return new CalendarSpan(d, d.with(TemporalAdjusters.lastDayOfMonth()));
    }
    if (YEAR.matcher(value).matches()) {
      return years(Integer.parseInt(value), 1);
    }
    if (DECADE.matcher(value).matches()) {
      return years(Integer.parseInt(value) * 10, 10);
    }
    if (CENTURY.matcher(value).matches()) {
      return years(Integer.parseInt(value) * 100, 100);
    }
    if ((m = WEEK.matcher(value)).matches()) {
      LocalDate monday =
          LocalDate.of(number(m, 1), 1, 4)
              .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number(m, 2))
              .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      return m.group(3) == null
          ? new CalendarSpan(monday, monday.plusDays(6))
          : new CalendarSpan(monday.plusDays(5), monday.plusDays(6));
    }
    if ((m = PART.matcher(value)).matches()) {
      return part(number(m, 1), m.group(2));
    }
    return null;
  }

  private static CalendarSpan part(int year, String part) {
    switch (part) {
      case "SP":
        return months(year, 3, 3);
      case "SU":
        return months(year, 6, 3);
      case "FA":
        return months(year, 9, 3);
      case "WI":
        return new CalendarSpan(
            LocalDate.of(year - 1, 12, 1), LocalDate.of(year, 3, 1).minusDays(1));
      default:
        int n = part.charAt(1) - '0';
        return part.charAt(0) == 'Q' ? months(year, n * 3 - 2, 3) : months(year, n * 6 - 5, 6);
    }
  }

  private static CalendarSpan months(int year, int month, int count) {
    LocalDate first = LocalDate.of(year, month, 1);
    return new CalendarSpan(first, first.plusMonths(count).minusDays(1));
  }

  private static CalendarSpan years(int year, int count) {
    return new CalendarSpan(LocalDate.of(year, 1, 1), LocalDate.of(year + count - 1, 12, 31));
  }

  private static int number(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
