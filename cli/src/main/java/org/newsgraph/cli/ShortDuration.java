package org.newsgraph.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a duration written {@code 500ms}, {@code 30s}, {@code 15m}, {@code 2h}, {@code 1d} or in
 * ISO-8601 ({@code PT15M}).
 */
final class ShortDuration implements ITypeConverter<Duration> {

  private static final Pattern SHORT = Pattern.compile("(\\d{1,9})(ms|s|m|h|d)");

  @Override
  public Duration convert(String value) {
    String text = value.strip().toLowerCase(Locale.ROOT);
    Matcher m = SHORT.matcher(text);
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      switch (m.group(2)) {
        case "ms":
          return Duration.ofMillis(n);
        case "s":
          return Duration.ofSeconds(n);
        case "m":
          return Duration.ofMinutes(n);
        case "h":
          return Duration.ofHours(n);
        default:
          return Duration.ofDays(n);
      }
    }
    try {
      Duration iso = Duration.parse(value.strip());
      if (!iso.isNegative()) {
        return iso;
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    throw new TypeConversionException(
        "'" + value + "' is not a duration such as 500ms, 30s, 15m, 2h, 1d or PT15M");
  }
}
