package org.newsgraph.nlp.time;

import org.newsgraph.core.TimeType;

/**
 * What a rule read from its match: a TIMEX3 type, value and modifier, before it is placed in the
 * text. A value relative to a date the text gave before carries an {@link Anaphora} and is resolved
 * once that date is known; its {@code value} is then the fallback.
 */
record Timex(TimeType type, String value, String mod, Anaphora anaphora) {

  /** How a value depends on the date the text last spoke of. */
  enum Kind {
    /** {@code shift} units from that date, at the grain of the unit: "the day before". */
    SHIFT,
    /**
     * {@code shift} years from that date when it is a quarter, else the fallback: "sales rose in
     * the third quarter from a year earlier".
     */
    QUARTER_GRAIN,
    /**
     * The same quarter in the year {@code shift} when that date is a quarter: "the 1988 period".
     */
    QUARTER_IN_YEAR,
    /**
     * A month or a day named without a year takes the year the text gave that month before ("Aug.
     * 7, 1998 ... since Aug. 7"), else the fallback.
     */
    YEAR_OF_MONTH
  }

  /** A dependence on the text's last date. */
  record Anaphora(Kind kind, Unit unit, int shift) {}

  static Timex of(TimeType type, String value) {
    return new Timex(type, value, null, null);
  }

  static Timex of(TimeType type, String value, String mod) {
    return new Timex(type, value, mod, null);
  }

  /** A date {@code shift} {@code unit}s from the last date the text mentioned. */
  static Timex fromReference(Unit unit, int shift) {
    return new Timex(TimeType.DATE, null, null, new Anaphora(Kind.SHIFT, unit, shift));
  }

  /** This reading, resolved against the text's last date in the manner of {@code kind}. */
  Timex relative(Kind kind, int years) {
    return new Timex(type, value, mod, new Anaphora(kind, Unit.YEAR, years));
  }

  /** This reading, with the year the text last gave its month if it gave one. */
  Timex orYearOfMonth() {
    return new Timex(type, value, mod, new Anaphora(Kind.YEAR_OF_MONTH, Unit.MONTH, 0));
  }

  /** This reading, or the quarter {@code years} before the one the text last spoke of. */
  Timex orYearEarlierQuarter(int years) {
    return relative(Kind.QUARTER_GRAIN, years);
  }
}
