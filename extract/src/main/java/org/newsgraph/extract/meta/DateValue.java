package org.newsgraph.extract.meta;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * A publication time as precise as the page gave it: a calendar date, and the date-time with
 * its offset when the page gave a time and a zone.
 *
 * @param date     the calendar date, as written (in the page's own zone)
 * @param dateTime the date-time with offset, or {@code null} when the zone or time is unknown
 */
record DateValue(LocalDate date, OffsetDateTime dateTime) {

  private static final DateTimeFormatter ISO_SECONDS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

  DateValue {
    Objects.requireNonNull(date, "date");
    if (dateTime != null && !dateTime.toLocalDate().equals(date)) {
      throw new IllegalArgumentException("date " + date + " is not the date of " + dateTime);
    }
  }

  static DateValue of(LocalDate date) {
    return new DateValue(date, null);
  }

  static DateValue of(OffsetDateTime dateTime) {
    return new DateValue(dateTime.toLocalDate(), dateTime);
  }

  /** Whether this value has a time of day with an offset. */
  boolean hasTime() {
    return dateTime != null;
  }

  /** ISO-8601: {@code 2019-02-18} or {@code 2019-02-18T05:00:00+08:00}. */
  String iso() {
    return dateTime == null ? date.toString() : ISO_SECONDS.format(dateTime);
  }

  @Override
  public String toString() {
    return iso();
  }
}
