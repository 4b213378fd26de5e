package org.newsgraph.nlp.time;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a text last spoke of, at the grain it was given ("Nov 30" a day, "June 2018" a month,
 * "1988" a year), or the publication date when it has named none: what "the day before" or "that
 * year" count from. A shift finer than the grain cannot be resolved.
 *
 * @param mentioned whether the text named it (else it is the publication date)
 */
record Reference(LocalDate date, Unit grain, boolean mentioned) {

  private static final Pattern DATE =
      Pattern.compile("(\\d{4})(?:-(\\d\\d)(?:-(\\d\\d))?|-Q([1-4]))?");

  /**
   * The reference a DATE value gives, or {@code null} for values that are not one calendar period.
   */
  static Reference of(String value) {
    Matcher m = DATE.matcher(value);
    if (!m.matches()) {
      return null;
    }
    int year = Integer.parseInt(m.group(1));
    if (m.group(3) != null) {
      return new Reference(
          LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))),
          Unit.DAY,
          true);
    }
    if (m.group(2) != null) {
      return new Reference(LocalDate.of(year, Integer.parseInt(m.group(2)), 1), Unit.MONTH, true);
    }
    if (m.group(4) != null) {
      return new Reference(
          LocalDate.of(year, Integer.parseInt(m.group(4)) * 3 - 2, 1), Unit.QUARTER, true);
    }
    return new Reference(LocalDate.of(year, 1, 1), Unit.YEAR, true);
  }

  /** The value {@code t} has against this reference. */
  String resolve(Timex t) {
    Timex.Anaphora a = t.anaphora();
    switch (a.kind()) {
      case SHIFT:
        return shifted(a.unit(), a.shift());
      case QUARTER_IN_YEAR:
        return mentioned && grain == Unit.QUARTER
            ? grain.point(date.withYear(a.shift()))
            : t.value();
      default:
        return mentioned && grain == Unit.QUARTER
            ? grain.point(date.plusYears(a.shift()))
            : t.value();
    }
  }

  /** The period {@code n} units from this reference, or an underspecified value. */
  String shifted(Unit unit, int n) {
    if (unit.ordinal() < grain.ordinal()) {
      return unresolved(unit);
    }
    return unit.point(unit.shift(date, n));
  }

  /** The underspecified value of a period of {@code unit}: {@code XXXX-XX-XX}, {@code XXXX}. */
  static String unresolved(Unit unit) {
    switch (unit) {
      case YEAR:
        return "XXXX";
      case QUARTER:
        return "XXXX-QX";
      case MONTH:
        return "XXXX-XX";
      case WEEK:
        return "XXXX-WXX";
      default:
        return "XXXX-XX-XX";
    }
  }
}
