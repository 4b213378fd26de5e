package org.newsgraph.nlp.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** The dates of the holidays news mentions by name: fixed days and the movable feasts. */
final class Holidays {

  private Holidays() {}

  /** The holiday names, as a regular-expression fragment. */
  static final String NAMES =
      "(?-i:Christmas(?:\\s+(?:Day|Eve))?|New\\s+Year"
          + TimeWords.APOS
          + "s\\s+(?:Day|Eve)|Thanksgiving(?:\\s+Day)?"
          + "|Halloween|Valentine"
          + TimeWords.APOS
          + "s\\s+Day|Independence\\s+Day|Labor\\s+Day|Memorial\\s+Day"
          + "|Election\\s+Day|Easter(?:\\s+Sunday)?|Good\\s+Friday)";

  /** The date of the holiday {@code name} in {@code year} (US holidays where they differ). */
  static LocalDate date(String name, int year) {
    String n = name.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("\\s+", " ");
    if (n.startsWith("christmas eve")) {
      return LocalDate.of(year, 12, 24);
    } else if (n.startsWith("christmas")) {
      return LocalDate.of(year, 12, 25);
    } else if (n.startsWith("new year's eve")) {
      return LocalDate.of(year, 12, 31);
    } else if (n.startsWith("new year")) {
      return LocalDate.of(year, 1, 1);
    } else if (n.startsWith("thanksgiving")) {
      return nth(year, 11, DayOfWeek.THURSDAY, 4);
    } else if (n.startsWith("halloween")) {
      return LocalDate.of(year, 10, 31);
    } else if (n.startsWith("valentine")) {
      return LocalDate.of(year, 2, 14);
    } else if (n.startsWith("independence")) {
      return LocalDate.of(year, 7, 4);
    } else if (n.startsWith("labor")) {
      return nth(year, 9, DayOfWeek.MONDAY, 1);
    } else if (n.startsWith("memorial")) {
      return LocalDate.of(year, 5, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    } else if (n.startsWith("election")) {
      return nth(year, 11, DayOfWeek.MONDAY, 1).plusDays(1);
    } else if (n.startsWith("good friday")) {
      return easter(year).minusDays(2);
    }
    return easter(year);
  }

  private static LocalDate nth(int year, int month, DayOfWeek day, int n) {
    return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
  }

  /** Easter Sunday of the Gregorian calendar (the anonymous Gregorian computus). */
  static LocalDate easter(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }
}
