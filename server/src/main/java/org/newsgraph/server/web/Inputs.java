package org.newsgraph.server.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.newsgraph.index.query.DateRange;
import org.newsgraph.index.query.Paging;

/**
 * Reads the UI's query and form fields. Empty fields count as absent; a field that is too long,
 * or not a date or number where one is asked for, is a {@link BadInput} naming the field.
 */
final class Inputs {

  /** The longest field accepted. */
  static final int MAX_TEXT = 500;
  /** Results per page in the UI. */
  static final int PAGE_SIZE = 20;

  private Inputs() {}

  /** A query parameter, stripped, or null. */
  static String query(Context ctx, String name) {
    return checked(name, ctx.queryParam(name));
  }

  /** A form field, stripped, or null. */
  static String form(Context ctx, String name) {
    return checked(name, ctx.formParam(name));
  }

  /** The {@code from} and {@code to} query parameters. */
  static DateRange dates(Context ctx) {
    LocalDate from = date(ctx, "from");
    LocalDate to = date(ctx, "to");
    if (from != null && to != null && from.isAfter(to)) {
      throw new BadInput("from " + from + " is after to " + to);
    }
    return new DateRange(from, to);
  }

  /** A date query parameter (YYYY-MM-DD), or null. */
  static LocalDate date(Context ctx, String name) {
    String value = query(ctx, name);
    try {
      return value == null ? null : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new BadInput(name + " must be a date YYYY-MM-DD, not '" + value + "'");
    }
  }

  /** The {@code page} query parameter as paging of {@link #PAGE_SIZE}. */
  static Paging paging(Context ctx) {
    return new Paging(number(query(ctx, "page"), "page", 1, 1, Paging.MAX_PAGE), PAGE_SIZE);
  }

  /** {@code value} as a whole number within bounds, or {@code fallback} when absent. */
  static int number(String value, String name, int fallback, int min, int max) {
    if (value == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new BadInput(name + " must be a whole number from " + min + " to " + max);
  }

  private static String checked(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.length() > MAX_TEXT) {
      throw new BadInput(name + " is longer than " + MAX_TEXT + " characters");
    }
    return value.strip();
  }
}
