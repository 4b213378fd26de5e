package org.newsgraph.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.newsgraph.index.query.DateRange;
import org.newsgraph.index.query.Paging;

/**
 * Reads and checks query parameters; every problem is a {@link BadRequest} naming the parameter.
 */
final class Params {

  /** The longest text parameter accepted. */
  static final int MAX_TEXT = 500;

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9]{1,64}");
  private static final Pattern WORD = Pattern.compile("[A-Za-z_]{1,40}");
  private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

  private Params() {}

  /** A text parameter, or null when absent or blank. */
  static String text(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.length() > MAX_TEXT) {
      throw new BadRequest(name, name + " is longer than " + MAX_TEXT + " characters");
    }
    return value.strip();
  }

  /** A one-line name, such as a site, or null; control characters are refused. */
  static String line(Context ctx, String name) {
    String value = text(ctx, name);
    if (value != null && CONTROL.matcher(value).find()) {
      throw new BadRequest(name, name + " must be one line without control characters");
    }
    return value;
  }

  /** A text parameter that must be present. */
  static String required(Context ctx, String name) {
    String value = text(ctx, name);
    if (value == null) {
      throw new BadRequest(name, name + " is required");
    }
    return value;
  }

  /** An index id (letters and digits), from a path or query parameter. */
  static String id(String name, String value) {
    if (value == null || !ID.matcher(value).matches()) {
      throw new BadRequest(name, name + " must be an id of letters and digits");
    }
    return value;
  }

  /** A keyword such as an action or event type, or null. */
  static String word(Context ctx, String name, boolean upperCase) {
    String value = text(ctx, name);
    if (value == null) {
      return null;
    }
    if (!WORD.matcher(value).matches()) {
      throw new BadRequest(name, name + " must be a single word of letters, not '" + value + "'");
    }
    return upperCase ? value.toUpperCase(Locale.ROOT) : value.toLowerCase(Locale.ROOT);
  }

  /** The {@code from} and {@code to} dates, each YYYY-MM-DD or absent. */
  static DateRange dates(Context ctx) {
    LocalDate from = date(ctx, "from");
    LocalDate to = date(ctx, "to");
    if (from != null && to != null && from.isAfter(to)) {
      throw new BadRequest("from", "from " + from + " is after to " + to);
    }
    return new DateRange(from, to);
  }

  /** The {@code page} (from 1) and {@code size} (1 to 100) parameters. */
  static Paging paging(Context ctx) {
    int page = number(ctx, "page", 1, 1, Paging.MAX_PAGE);
    int size = number(ctx, "size", Paging.DEFAULT_SIZE, 1, Paging.MAX_SIZE);
    return new Paging(page, size);
  }

  /** One of an enum's values, by name in any case. */
  static <E extends Enum<E>> E choice(Context ctx, String name, Class<E> type, E fallback) {
    String value = text(ctx, name);
    if (value == null) {
      return fallback;
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(value)) {
        return e;
      }
    }
    throw new BadRequest(name, name + " must be one of " + names(type) + ", not '" + value + "'");
  }

  private static LocalDate date(Context ctx, String name) {
    String value = text(ctx, name);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new BadRequest(name, name + " must be a date YYYY-MM-DD, not '" + value + "'");
    }
  }

  private static int number(Context ctx, String name, int fallback, int min, int max) {
    String value = text(ctx, name);
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
    throw new BadRequest(
        name,
        name + " must be a whole number from " + min + " to " + max + ", not '" + value + "'");
  }

  private static String names(Class<? extends Enum<?>> type) {
    StringBuilder out = new StringBuilder();
    for (Enum<?> e : type.getEnumConstants()) {
      out.append(out.length() == 0 ? "" : "|").append(e.name().toLowerCase(Locale.ROOT));
    }
    return out.toString();
  }
}
