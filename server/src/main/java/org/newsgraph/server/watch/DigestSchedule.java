package org.newsgraph.server.watch;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * Which digest each weekday gets, such as "daily updates on weekdays, a selection at the
 * weekend". At least one day has a digest, so every alert reaches one.
 */
public record DigestSchedule(Map<DayOfWeek, DigestMode> days) {

  public DigestSchedule {
    EnumMap<DayOfWeek, DigestMode> all = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek d : DayOfWeek.values()) {
      all.put(d, days.getOrDefault(d, DigestMode.NONE));
    }
    if (all.values().stream().allMatch(m -> m == DigestMode.NONE)) {
      throw new IllegalArgumentException("a digest schedule needs at least one day with a digest");
    }
    days = Map.copyOf(all);
  }

  /** Full digests Monday to Friday, a selection on Saturday and Sunday. */
  public static DigestSchedule weekdaysAndWeekendSelection() {
    Map<DayOfWeek, DigestMode> days = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek d : DayOfWeek.values()) {
      days.put(d, d.getValue() <= 5 ? DigestMode.FULL : DigestMode.SELECTION);
    }
    return new DigestSchedule(days);
  }

  /** The digest of {@code day}. */
  public DigestMode modeOn(LocalDate day) {
    return days.get(day.getDayOfWeek());
  }

  /** The first day a digest on {@code day} covers: the day after the previous digest. */
  public LocalDate coversFrom(LocalDate day) {
    LocalDate previous = day.minusDays(1);
    while (modeOn(previous) == DigestMode.NONE) {
      previous = previous.minusDays(1);
    }
    return previous.plusDays(1);
  }
}
