package org.newsgraph.extract.meta;

import java.time.DateTimeException;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time zone designators as pages write them after a time: {@code Z}, {@code +08:00}, {@code
 * +0800}, {@code GMT+8}, and the unambiguous abbreviations ({@code EDT}, {@code CET}, {@code
 * JST}). Ambiguous ones ({@code IST}, {@code CST}, {@code ET}) give no offset.
 */
final class DateZones {

  /** A regular expression matching any designator this class reads. */
  static final String PATTERN =
      "(?:Z|(?:GMT|UTC)(?:\\s?[+-]\\d{1,2}(?::?\\d{2})?)?|[+-]\\d{2}(?::?\\d{2})?"
          + "|EST|EDT|MST|MDT|PST|PDT|AKST|AKDT|HST|BST|WET|WEST|CET|CEST|MEZ|MESZ|EET|EEST"
          + "|MSK|JST|KST|HKT|SGT|AWST|ACST|AEST|AEDT|NZST|NZDT|WIB|UT)(?![\\p{L}\\d])";

  private static final Map<String, String> ABBREVIATIONS =
      Map.ofEntries(
          Map.entry("UT", "+00:00"),
          Map.entry("EST", "-05:00"),
          Map.entry("EDT", "-04:00"),
          Map.entry("MST", "-07:00"),
          Map.entry("MDT", "-06:00"),
          Map.entry("PST", "-08:00"),
          Map.entry("PDT", "-07:00"),
          Map.entry("AKST", "-09:00"),
          Map.entry("AKDT", "-08:00"),
          Map.entry("HST", "-10:00"),
          Map.entry("BST", "+01:00"),
          Map.entry("WET", "+00:00"),
          Map.entry("WEST", "+01:00"),
          Map.entry("CET", "+01:00"),
          Map.entry("CEST", "+02:00"),
          Map.entry("MEZ", "+01:00"),
          Map.entry("MESZ", "+02:00"),
          Map.entry("EET", "+02:00"),
          Map.entry("EEST", "+03:00"),
          Map.entry("MSK", "+03:00"),
          Map.entry("JST", "+09:00"),
          Map.entry("KST", "+09:00"),
          Map.entry("HKT", "+08:00"),
          Map.entry("SGT", "+08:00"),
          Map.entry("AWST", "+08:00"),
          Map.entry("ACST", "+09:30"),
          Map.entry("AEST", "+10:00"),
          Map.entry("AEDT", "+11:00"),
          Map.entry("NZST", "+12:00"),
          Map.entry("NZDT", "+13:00"),
          Map.entry("WIB", "+07:00"));

  private static final Pattern NUMERIC =
      Pattern.compile("(?:GMT|UTC)?\\s?([+-])(\\d{1,2})(?::?(\\d{2}))?");

  private DateZones() {}

  /** The offset {@code designator} stands for, or empty when it is ambiguous or malformed. */
  static Optional<ZoneOffset> offset(String designator) {
    if (designator == null || designator.isBlank()) {
      return Optional.empty();
    }
    String d = designator.strip().toUpperCase(Locale.ROOT);
    if (d.equals("Z") || d.equals("GMT") || d.equals("UTC")) {
      return Optional.of(ZoneOffset.UTC);
    }
    String known = ABBREVIATIONS.get(d);
    if (known != null) {
      return Optional.of(ZoneOffset.of(known));
    }
    Matcher m = NUMERIC.matcher(d);
    if (!m.matches()) {
      return Optional.empty();
    }
    int hours = Integer.parseInt(m.group(2));
    int minutes = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    int sign = m.group(1).equals("-") ? -1 : 1;
    try {
      return Optional.of(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
