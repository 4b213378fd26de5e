package org.newsgraph.extract.meta;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates as pages write them: ISO-8601 and its variants, compact and epoch values in
 * metadata, month names in several languages ({@code February 18, 2019}, {@code 18 Feb 2019 05:00
 * AM}, {@code 18. Februar 2019}, {@code 18 de febrero de 2019}) and numeric dates with a
 * four-digit year. A time counts only with a zone; without one the value is the date alone.
 * Ambiguous numeric dates are read month first with slashes ({@code 02/03/2019} is 3 February)
 * and day first with dots or dashes ({@code 02.03.2019} is 2 March). Impossible dates are not
 * dates.
 */
final class DateParser {

  private static final String TIME =
      "(?:\\s*(?:,|\\||@|-|–|—|\\bat\\b|\\bà\\b|\\bum\\b|\\ba las\\b|\\bT\\b)?\\s*"
          + "(?<hour>\\d{1,2})[:h](?<minute>\\d{2})(?::(?<second>\\d{2})(?:[.,]\\d{1,9})?)?"
          + "(?:\\s*(?<ampm>[ap])\\.?\\s?m\\b\\.?)?(?:\\s*(?<zone>" + DateZones.PATTERN + "))?)?";

  private static final String ISO_TIME =
      "(?:(?:T|\\s+)(?<hour>\\d{1,2}):(?<minute>\\d{2})(?::(?<second>\\d{2})(?:[.,]\\d{1,9})?)?"
          + "(?:\\s*(?<ampm>[ap])\\.?\\s?m\\b\\.?)?\\s*(?<zone>" + DateZones.PATTERN + ")?)?";

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** Up to two words and some punctuation between a keyword and the date it introduces. */
  private static final String WORDS_BEFORE_DATE =
      "[^\\p{L}]{0,3}(?:\\p{L}+[^\\p{L}]{1,3}){0,2}$";

  private static final Pattern ISO =
      Pattern.compile(
          "(?<![\\d/.-])(?<year>\\d{4})-(?<month>\\d{1,2})-(?<day>\\d{1,2})(?!\\d)" + ISO_TIME,
          FLAGS);
  private static final Pattern YEAR_FIRST =
      Pattern.compile(
          "(?<![\\d/.-])(?<year>\\d{4})(?<sep>[/.])(?<month>\\d{1,2})\\k<sep>(?<day>\\d{1,2})"
              + "(?![\\d/.]\\d)" + TIME,
          FLAGS);
  private static final Pattern MONTH_FIRST =
      Pattern.compile(
          "(?<![\\p{L}])(?<monthName>" + MonthNames.PATTERN + ")\\.?\\s+(?<day>\\d{1,2})"
              + "(?:st|nd|rd|th)?(?!\\d)(?:\\s*,\\s*|\\s+)(?<year>\\d{4})(?!\\d)" + TIME,
          FLAGS);
  private static final Pattern DAY_FIRST =
      Pattern.compile(
          "(?<![\\d\\p{L}])(?<day>\\d{1,2})(?:st|nd|rd|th|er|º|\\.)?(?:\\s+|-)(?:of\\s+|de\\s+)?"
              + "(?<monthName>" + MonthNames.PATTERN + ")(?![\\p{L}])\\.?,?(?:\\s+|-)"
              + "(?:de\\s+|del\\s+)?(?<year>\\d{4})(?!\\d)" + TIME,
          FLAGS);
  private static final Pattern NUMERIC =
      Pattern.compile(
          "(?<![\\d/.-])(?<part1>\\d{1,2})(?<sep>[/.-])(?<part2>\\d{1,2})\\k<sep>"
              + "(?<year>\\d{4})(?![\\d/.]\\d)(?!-\\d)" + TIME,
          FLAGS);
  /** The form of {@code Tue Jul 24 08:25:29 PDT 2012}, with the year last. */
  private static final Pattern YEAR_LAST =
      Pattern.compile(
          "(?<![\\p{L}])(?<monthName>" + MonthNames.PATTERN + ")\\.?\\s+(?<day>\\d{1,2})\\s+"
              + "(?<hour>\\d{1,2}):(?<minute>\\d{2})(?::(?<second>\\d{2}))?(?<ampm>)"
              + "(?:\\s+(?<zone>" + DateZones.PATTERN + "))?\\s+(?<year>\\d{4})(?!\\d)",
          FLAGS);
  private static final List<Pattern> PROSE =
      List.of(ISO, YEAR_FIRST, MONTH_FIRST, DAY_FIRST, YEAR_LAST);

  private static final Pattern COMPACT =
      Pattern.compile(
          "(?<year>\\d{4})(?<month>\\d{2})(?<day>\\d{2})"
              + "(?:T?(?<hour>\\d{2})(?<minute>\\d{2})(?<second>\\d{2})?(?<zone>Z|[+-]\\d{4})?)?");
  private static final Pattern EPOCH = Pattern.compile("\\d{10}|\\d{13}");

  /** Words before a date that make it a modification date, not a publication date. */
  private static final Pattern UPDATED =
      Pattern.compile(
          "(?:updated|modified|edited|revised|aktualisiert|geändert|mis à jour|actualizado"
              + "|aggiornato|bijgewerkt)" + WORDS_BEFORE_DATE,
          FLAGS);
  private static final Pattern COPYRIGHT =
      Pattern.compile("(?:©|\\(c\\)|copyright)" + WORDS_BEFORE_DATE, FLAGS);

  /** A date found in a text, with where it starts. */
  record Found(DateValue value, int start) {}

  private DateParser() {}

  /**
   * The date a metadata value holds: an ISO-8601 value, a compact one ({@code 20190218}, {@code
   * 20190218050000}), epoch seconds or milliseconds, or the first date written in it.
   */
  static Optional<DateValue> parseValue(String value) {
    String v = Text.clean(value);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    Matcher compact = COMPACT.matcher(v);
    if (compact.matches()) {
      return build(compact, compact.group("month"), compact.group("day"), null);
    }
    if (EPOCH.matcher(v).matches()) {
      long number = Long.parseLong(v);
      Instant instant =
          v.length() == 13 ? Instant.ofEpochMilli(number) : Instant.ofEpochSecond(number);
      return Optional.of(DateValue.of(instant.atOffset(ZoneOffset.UTC)));
    }
    List<Found> found = findAll(v);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0).value());
  }

  /**
   * The first publication date written in {@code text}, skipping dates that follow "updated",
   * "modified" or a copyright sign.
   */
  static Optional<DateValue> find(String text) {
    return first(text, false);
  }

  /** The first date written in {@code text} that follows "updated", "modified" and the like. */
  static Optional<DateValue> findUpdate(String text) {
    return first(text, true);
  }

  private static Optional<DateValue> first(String text, boolean updates) {
    String t = Text.clean(text);
    for (Found found : findAll(t)) {
      String before = t.substring(Math.max(0, found.start() - 40), found.start());
      if (!COPYRIGHT.matcher(before).find() && UPDATED.matcher(before).find() == updates) {
        return Optional.of(found.value());
      }
    }
    return Optional.empty();
  }

  /** Every date written in {@code text}, in text order. */
  static List<Found> findAll(String text) {
    List<Found> found = new ArrayList<>();
    for (Pattern pattern : PROSE) {
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        String month =
            pattern == MONTH_FIRST || pattern == DAY_FIRST || pattern == YEAR_LAST
                ? String.valueOf(MonthNames.month(m.group("monthName")))
                : m.group("month");
        int start = m.start();
        build(m, month, m.group("day"), m.group("ampm"))
            .ifPresent(v -> found.add(new Found(v, start)));
      }
    }
    Matcher numeric = NUMERIC.matcher(text);
    while (numeric.find()) {
      numeric(numeric).ifPresent(found::add);
    }
    found.sort(Comparator.comparingInt(Found::start));
    return found;
  }

  private static Optional<Found> numeric(Matcher m) {
    int first = Integer.parseInt(m.group("part1"));
    int second = Integer.parseInt(m.group("part2"));
    boolean dayFirst = first > 12 || (second <= 12 && !m.group("sep").equals("/"));
    String month = String.valueOf(dayFirst ? second : first);
    String day = String.valueOf(dayFirst ? first : second);
    return build(m, month, day, m.group("ampm")).map(v -> new Found(v, m.start()));
  }

  private static Optional<DateValue> build(Matcher m, String month, String day, String ampm) {
    try {
      LocalDate date =
          LocalDate.of(
              Integer.parseInt(m.group("year")), Integer.parseInt(month), Integer.parseInt(day));
      String hour = m.group("hour");
      Optional<ZoneOffset> zone = DateZones.offset(m.group("zone"));
      if (hour == null || zone.isEmpty()) {
        return Optional.of(DateValue.of(date));
      }
      LocalTime time = time(hour, m.group("minute"), m.group("second"), ampm);
      return Optional.of(DateValue.of(OffsetDateTime.of(date, time, zone.get())));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static LocalTime time(String hour, String minute, String second, String ampm) {
    int h = Integer.parseInt(hour);
    if (ampm != null && !ampm.isEmpty()) {
      if (h < 1 || h > 12) {
        throw new DateTimeException("bad 12-hour time: " + h);
      }
      boolean pm = ampm.toLowerCase(Locale.ROOT).equals("p");
      h = h % 12 + (pm ? 12 : 0);
    }
    int s = second == null ? 0 : Integer.parseInt(second);
    return LocalTime.of(h, Integer.parseInt(minute), s);
  }
}
