package org.newsgraph.nlp.time;

import static org.newsgraph.nlp.time.CalendarRules.lower;
import static org.newsgraph.nlp.time.TimeWords.DAY_NUMBER;
import static org.newsgraph.nlp.time.TimeWords.MONTH;
import static org.newsgraph.nlp.time.TimeWords.WEEKDAY;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import org.newsgraph.core.TimeType;

/**
 * Rules for clock times: "5 p.m.", "10:35 a.m. EST", "noon Thursday", "midnight". A time takes the
 * day named beside it, else the anchor day.
 */
final class ClockRules {

  private ClockRules() {}

  private static final String ZONE = "(?:\\s+(?-i:[ECMP][SD]T|GMT|UTC|BST|CET|JST|KST))?";
  private static final String DAY_AFTER =
      "(?:\\s*,?\\s+(?:on\\s+)?(?<wd>"
          + WEEKDAY
          + ")|\\s+(?<dw>today|tonight|yesterday|tomorrow)"
          + "|\\s*,?\\s+(?:on\\s+)?(?<month>"
          + MONTH
          + ")\\s+(?<day>"
          + DAY_NUMBER
          + "))?";
  private static final String APPROX =
      "(?:(?<approx>about|around|approximately|roughly|shortly\\s+(?:before|after)|just\\s+(?:before|after))\\s+)?";

  static List<TimexRule> rules() {
    return List.of(
        TimexRule.of(
            "clock time",
            Triggers.CLOCK,
            APPROX
                + "(?<h>[01]?\\d)(?:[:.](?<min>[0-5]\\d))?\\s*(?<ampm>[ap]\\.m\\.?|[ap]m|[AP]\\.M\\.?)"
                + ZONE
                + DAY_AFTER,
            ClockRules::clock),
        TimexRule.of(
            "24-hour time",
            Triggers.CLOCK,
            APPROX
                + "(?<h>[012]?\\d):(?<min>[0-5]\\d)(?<ampm>)(?:\\s+(?-i:GMT|UTC|[ECMP][SD]T|BST|CET|JST|KST)"
                + "|\\s+local\\s+time)"
                + DAY_AFTER,
            ClockRules::clock),
        TimexRule.of(
            "hour of the day part",
            Triggers.PART_OF_DAY,
            APPROX
                + "(?<h>[01]?\\d|"
                + TimeWords.NUMBER_WORDS
                + ")(?<min>)(?:\\s+o"
                + TimeWords.APOS
                + "clock)?\\s+in\\s+the\\s+"
                + "(?<ampm>morning|afternoon|evening|night)"
                + DAY_AFTER,
            ClockRules::clock),
        TimexRule.of(
            "noon",
            Triggers.CLOCK,
            APPROX + "(?<word>noon|midday|midnight)" + DAY_AFTER,
            ClockRules::noon));
  }

  private static Timex clock(Matcher m, MatchContext c) {
    String h = m.group("h");
    int hour = Character.isDigit(h.charAt(0)) ? Integer.parseInt(h) : (int) TimeWords.quantity(h);
    int minute =
        m.group("min") == null || m.group("min").isEmpty() ? 0 : Integer.parseInt(m.group("min"));
    String ampm = lower(m.group("ampm"));
    if (ampm != null && !ampm.isEmpty()) {
      if (hour < 1 || hour > 12) {
        return null;
      }
      boolean pm =
          ampm.startsWith("p")
              || ampm.equals("afternoon")
              || ampm.equals("evening")
              || ampm.equals("night") && hour >= 6;
      hour = hour % 12 + (pm ? 12 : 0);
    } else if (hour > 23) {
      return null;
    }
    String time = String.format(Locale.ROOT, "T%02d:%02d", hour, minute);
    return Timex.of(TimeType.TIME, day(m, c) + time, m.group("approx") == null ? null : "APPROX");
  }

  private static Timex noon(Matcher m, MatchContext c) {
    String word = lower(m.group("word"));
    String time = word.equals("midnight") ? "T24:00" : "T12:00";
    return Timex.of(TimeType.TIME, day(m, c) + time, m.group("approx") == null ? null : "APPROX");
  }

  private static String day(Matcher m, MatchContext c) {
    LocalDate day;
    if (m.group("wd") != null) {
      day = c.weekday(TimeWords.weekday(m.group("wd")), 0);
    } else if (m.group("month") != null) {
      day = c.monthDay(TimeWords.month(m.group("month")), TimeWords.dayNumber(m.group("day")));
    } else if (m.group("dw") != null) {
      String w = lower(m.group("dw"));
      day = c.dayShifted(w.equals("yesterday") ? -1 : w.equals("tomorrow") ? 1 : 0);
    } else {
      day = c.dayShifted(0);
    }
    return day == null ? "XXXX-XX-XX" : day.toString();
  }
}
