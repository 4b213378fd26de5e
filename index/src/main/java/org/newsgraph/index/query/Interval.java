package org.newsgraph.index.query;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;

/** The width of a timeline's buckets. */
public enum Interval {
  DAY,
  WEEK,
  MONTH;

  /**
   * The label of the bucket that holds {@code date}: {@code 2019-02-27}, {@code 2019-W09}, {@code
   * 2019-02}.
   */
  public String bucketOf(LocalDate date) {
    switch (this) {
      case DAY:
        return date.toString();
      case WEEK:
        return String.format(
            Locale.ROOT,
            "%d-W%02d",
            date.get(IsoFields.WEEK_BASED_YEAR),
            date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      default:
        return date.toString().substring(0, 7);
    }
  }
}
