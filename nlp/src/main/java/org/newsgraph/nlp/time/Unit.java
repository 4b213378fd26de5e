package org.newsgraph.nlp.time;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;

/** Calendar and clock units: how TIMEX3 writes a duration in them and a point at their grain. */
enum Unit {
  SECOND("S", true, 1),
  MINUTE("M", true, 1),
  HOUR("H", true, 1),
  DAY("D", false, 1),
  WEEK("W", false, 1),
  MONTH("M", false, 1),
  QUARTER("Q", false, 1),
  YEAR("Y", false, 1),
  DECADE("Y", false, 10),
  CENTURY("Y", false, 100);

  private final String letter;
  private final boolean clock;
  private final int factor;

  Unit(String letter, boolean clock, int factor) {
    this.letter = letter;
    this.clock = clock;
    this.factor = factor;
  }

  /** Whether this unit is measured by the clock rather than the calendar. */
  boolean isClock() {
    return clock;
  }

  /**
   * A duration of {@code amount} units ({@code P3M}, {@code PT2H}); NaN is "some" ({@code PXY}).
   */
  String duration(double amount) {
    String prefix = clock ? "PT" : "P";
    if (Double.isNaN(amount)) {
      return prefix + "X" + (factor == 10 ? "DE" : factor == 100 ? "CE" : letter);
    }
    double scaled = amount * factor;
    if (scaled == Math.rint(scaled)) {
      return prefix + (long) scaled + letter;
    }
    Unit smaller = smaller();
    if (smaller != null) {
      double parts = scaled * perSmaller();
      if (parts == Math.rint(parts)) {
        long whole = (long) Math.floor(scaled);
        long rest = (long) (parts - whole * perSmaller());
        String head = whole == 0 ? "" : whole + letter;
        String tail = rest + smaller.letter;
        if (clock || !smaller.clock) {
          return prefix + head + tail;
        }
        return prefix + head + "T" + tail;
      }
    }
    return prefix + String.format(Locale.ROOT, "%s", scaled) + letter;
  }

  private Unit smaller() {
    switch (this) {
      case YEAR:
        return MONTH;
      case DAY:
        return HOUR;
      case HOUR:
        return MINUTE;
      case MINUTE:
        return SECOND;
      case WEEK:
        return DAY;
      default:
        return null;
    }
  }

  private int perSmaller() {
    switch (this) {
      case YEAR:
        return 12;
      case DAY:
        return 24;
      case WEEK:
        return 7;
      default:
        return 60;
    }
  }

  /** {@code date} moved by {@code n} of these units; clock units move it by whole days. */
  LocalDate shift(LocalDate date, long n) {
    switch (this) {
      case WEEK:
        return date.plusWeeks(n);
      case MONTH:
        return date.plusMonths(n);
      case QUARTER:
        return date.plusMonths(3 * n);
      case YEAR:
      case DECADE:
      case CENTURY:
        return date.plusYears(n * factor);
      case DAY:
        return date.plusDays(n);
      default:
        return date;
    }
  }

  /**
   * The TIMEX3 value of the unit-long period holding {@code date} ({@code 2019-W07}, {@code 197}).
   */
  String point(LocalDate date) {
    int year = date.getYear();
    switch (this) {
      case WEEK:
        return week(date);
      case MONTH:
        return String.format(Locale.ROOT, "%04d-%02d", year, date.getMonthValue());
      case QUARTER:
        return String.format(Locale.ROOT, "%04d-Q%d", year, (date.getMonthValue() + 2) / 3);
      case YEAR:
        return String.format(Locale.ROOT, "%04d", year);
      case DECADE:
        return String.format(Locale.ROOT, "%03d", year / 10);
      case CENTURY:
        return String.format(Locale.ROOT, "%02d", year / 100);
      default:
        return date.toString();
    }
  }

  /** The ISO week of {@code date}: {@code 2019-W07}. */
  static String week(LocalDate date) {
    return String.format(
        Locale.ROOT,
        "%04d-W%02d",
        date.get(IsoFields.WEEK_BASED_YEAR),
        date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }
}
