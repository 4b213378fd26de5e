package org.newsgraph.extract.meta;

import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates in addresses: {@code /2019/02/18/}, {@code /2019/feb/18/}, {@code /2019-02-18/} and
 * {@code /20190218/} (or the same bounded by {@code -}, {@code _} or {@code .}).
 */
final class UrlDates {

  private static final Pattern SLASHED =
      Pattern.compile(
          "/(?<year>(?:19|20)\\d{2})/(?<month>\\d{1,2}|[a-z]{3,9})/(?<day>\\d{1,2})(?=[/._-]|$)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DASHED =
      Pattern.compile(
          "(?<=[/_.-])(?<year>(?:19|20)\\d{2})-(?<month>\\d{2})-(?<day>\\d{2})(?=[/._-]|$)");
  private static final Pattern COMPACT =
      Pattern.compile(
          "(?<=[/_.-])(?<year>(?:19|20)\\d{2})(?<month>[01]\\d)(?<day>[0-3]\\d)(?=[/._-]|$)");
  private static final List<Pattern> PATTERNS = List.of(SLASHED, DASHED, COMPACT);

  private UrlDates() {}

  /** The date in {@code url}'s path, if it has one. */
  static Optional<LocalDate> find(URI url) {
    if (url == null || url.getRawPath() == null) {
      return Optional.empty();
    }
    String path = url.getRawPath();
    for (Pattern pattern : PATTERNS) {
      Matcher m = pattern.matcher(path);
      while (m.find()) {
        Optional<LocalDate> date = date(m);
        if (date.isPresent()) {
          return date;
        }
      }
    }
    return Optional.empty();
  }

  static void collect(URI url, String origin, List<DateCandidate> out) {
    find(url).ifPresent(d -> out.add(new DateCandidate(DateValue.of(d), DateSource.URL, origin)));
  }

  private static Optional<LocalDate> date(Matcher m) {
    String monthText = m.group("month");
    int month =
        Character.isDigit(monthText.charAt(0))
            ? Integer.parseInt(monthText)
            : MonthNames.month(monthText);
    try {
      int year = Integer.parseInt(m.group("year"));
      return Optional.of(LocalDate.of(year, month, Integer.parseInt(m.group("day"))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
