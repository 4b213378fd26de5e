package org.newsgraph.nlp.time;

import static org.newsgraph.nlp.time.CalendarRules.lower;
import static org.newsgraph.nlp.time.TimeWords.MONTH;
import static org.newsgraph.nlp.time.TimeWords.NUMBER;
import static org.newsgraph.nlp.time.TimeWords.SEASON;
import static org.newsgraph.nlp.time.TimeWords.WEEKDAY;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import org.newsgraph.core.TimeType;
import org.newsgraph.nlp.text.Token;

/**
 * Rules for recurring times: "every year", "each Thursday", "weekly", "twice a month", "Mondays".
 */
final class SetRules {

  private SetRules() {}

  private static final String PERIOD =
      "(?:second|minute|hour|day|night|week|weekend|month|quarter|year|decade)";

  static List<TimexRule> rules() {
    return List.of(
        TimexRule.of(
            "every period",
            Triggers.EVERY,
            "(?:every|each)\\s+(?:(?<other>other)\\s+)?(?:(?<n>"
                + NUMBER
                + ")\\s+)?(?<unit>"
                + PERIOD
                + ")s?",
            SetRules::every),
        TimexRule.of(
            "every part of day",
            Triggers.EVERY,
            "(?:every|each)\\s+(?<part>morning|afternoon|evening|night)",
            (m, c) -> Timex.of(TimeType.SET, "XXXX-XX-XXT" + TimeWords.partOfDay(m.group("part")))),
        TimexRule.of(
            "every weekday",
            Triggers.EVERY,
            "(?:every|each)\\s+(?<wd>" + WEEKDAY + ")",
            (m, c) ->
                Timex.of(TimeType.SET, "XXXX-WXX-" + TimeWords.weekday(m.group("wd")).getValue())),
        TimexRule.of(
            "every month name",
            Triggers.EVERY,
            "(?:every|each)\\s+(?<month>" + MONTH + ")",
            (m, c) ->
                Timex.of(
                    TimeType.SET,
                    String.format(Locale.ROOT, "XXXX-%02d", TimeWords.month(m.group("month"))))),
        TimexRule.of(
            "every season",
            Triggers.EVERY,
            "(?:every|each)\\s+(?<season>" + SEASON + ")",
            (m, c) -> Timex.of(TimeType.SET, "XXXX-" + TimeWords.season(m.group("season")))),
        TimexRule.of(
            "weekdays",
            Triggers.WEEKDAY,
            "(?<wd>(?-i:Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays))"
                + "(?:\\s+(?<part>mornings|afternoons|evenings|nights))?",
            (m, c) ->
                Timex.of(
                    TimeType.SET,
                    "XXXX-WXX-"
                        + TimeWords.weekday(m.group("wd")).getValue()
                        + (m.group("part") == null
                            ? ""
                            : "T" + TimeWords.partOfDay(m.group("part"))))),
        TimexRule.of(
            "frequency adverb",
            Triggers.FREQUENCY_ADVERB,
            "(?<word>hourly|daily|nightly|weekly|biweekly|fortnightly|monthly|bimonthly|quarterly|yearly|annually"
                + "|semiannually|biannually)",
            SetRules::adverb),
        TimexRule.of(
            "times per period",
            Triggers.FREQUENCY,
            "(?<freq>once|twice|thrice|(?:"
                + NUMBER
                + ")\\s+times)\\s+(?:a|an|per|each|every)\\s+(?<unit>"
                + PERIOD
                + ")",
            (m, c) -> Timex.of(TimeType.SET, TimeWords.unit(m.group("unit")).duration(1))),
        TimexRule.of(
            "per period",
            Triggers.UNIT,
            "(?:a|an|per)\\s+(?<unit>hour|day|night|week|month|quarter|year)",
            (m, c) ->
                DurationRules.setContext(c) || m.group().toLowerCase(Locale.ROOT).startsWith("per")
                    ? Timex.of(TimeType.SET, TimeWords.unit(m.group("unit")).duration(1))
                    : null));
  }

  private static Timex every(Matcher m, MatchContext c) {
    String unitWord = lower(m.group("unit"));
    if (unitWord.equals("weekend")) {
      return Timex.of(TimeType.SET, "XXXX-WXX-WE");
    }
    double n = m.group("n") == null ? 1 : TimeWords.quantity(m.group("n"));
    if (m.group("other") != null) {
      n = 2;
    }
    return Timex.of(TimeType.SET, TimeWords.unit(unitWord).duration(n));
  }

  private static Timex adverb(Matcher m, MatchContext c) {
    String word = lower(m.group("word"));
    Token after = c.tokenAfter();
    if (after != null && after.pos().startsWith("NN") && !word.equals("daily")) {
      return null;
    }
    String value;
    switch (word) {
      case "hourly":
        value = "PT1H";
        break;
      case "daily":
      case "nightly":
        value = "P1D";
        break;
      case "weekly":
        value = "P1W";
        break;
      case "biweekly":
      case "fortnightly":
        value = "P2W";
        break;
      case "monthly":
        value = "P1M";
        break;
      case "bimonthly":
        value = "P2M";
        break;
      case "quarterly":
        value = "P3M";
        break;
      case "semiannually":
      case "biannually":
        value = "P6M";
        break;
      default:
        value = "P1Y";
    }
    return Timex.of(TimeType.SET, value);
  }
}
