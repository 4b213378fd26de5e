package org.newsgraph.core;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Checks and reads the ISO-8601 publication times that {@link Article} carries. */
public final class PublicationDates {

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
    try {
      return value.length() == 10
          ? LocalDate.parse(value)
          : OffsetDateTime.parse(value).toLocalDate();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not an ISO-8601 date or date-time: " + value, e);
    }
  }
}
