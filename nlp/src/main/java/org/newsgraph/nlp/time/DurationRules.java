package org.newsgraph.nlp.time;

import static org.newsgraph.nlp.time.CalendarRules.lower;
import static org.newsgraph.nlp.time.TimeWords.NUMBER;
import static org.newsgraph.nlp.time.TimeWords.NUMBER_DIGITS;
import static org.newsgraph.nlp.time.TimeWords.NUMBER_WORDS;
import static org.newsgraph.nlp.time.TimeWords.UNIT;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import org.newsgraph.core.TimeType;

/**
 * Rules for durations: "three months", "the past two years", "more than four hours", "a two-year
 * deal", "an eight-month-old", "for years".
 */
final class DurationRules {

  private DurationRules() {}

  private static final String LEAD =
      "(?:(?<lead>the\\s+(?:past|last|next|first|final|coming|previous|following|latest|entire|whole|full"
          + "|initial|remaining|same)|the|another|an\\s+additional|past|last|next|first|final)\\s+)?";

  private static final String SINGLE_UNIT =
      "(?:second|minute|hour|day|night|week|month|quarter|year|decade|century)";

  static List<TimexRule> rules() {
    return List.of(
        TimexRule.of(
            "counted duration",
            Triggers.UNIT,
            "(?:(?<mod>"
                + Modifiers.QUANTITY
                + ")\\s+)?"
                + LEAD
                + "(?<n>"
                + NUMBER
                + ")(?<half>\\s+and\\s+a\\s+half)?"
                + "\\s+(?:(?:more|additional|consecutive|straight|full|long|trading|business|working|calendar"
                + "|successive|whole)\\s+)?(?<unit>"
                + UNIT
                + ")(?<half2>\\s+and\\s+a\\s+half)?(?!\\s+old)",
            DurationRules::counted),
        TimexRule.of(
            "hyphenated duration",
            Triggers.UNIT,
            "(?:(?<mod>"
                + Modifiers.QUANTITY
                + ")\\s+)?(?<n>"
                + NUMBER_DIGITS
                + "|"
                + NUMBER_WORDS
                + "|half)-(?<half>and-a-half-)?(?<unit>"
                + SINGLE_UNIT
                + ")(?:-long)?(?!-)",
            DurationRules::hyphenated),
        TimexRule.of(
            "long duration",
            Triggers.contains("long"),
            "(?<unit>day|week|month|year|decade|century|hour|night)s?-long",
            (m, c) ->
                Timex.of(
                    TimeType.DURATION,
                    TimeWords.unit(m.group("unit"))
                        .duration(
                            m.group().toLowerCase(Locale.ROOT).contains("s-long")
                                ? Double.NaN
                                : 1))),
        TimexRule.of(
            "all day",
            Triggers.words("all"),
            "all\\s+(?<unit>day|night|week|month|year)(?:\\s+long)?",
            (m, c) -> Timex.of(TimeType.DURATION, TimeWords.unit(m.group("unit")).duration(1))),
        TimexRule.of(
            "vague duration",
            Triggers.UNIT,
            "(?<=\\b(?:for|within|over|in|after)\\s)(?<unit>seconds|minutes|hours|days|weeks|months|years|decades"
                + "|centuries)(?!\\s+(?:of|ago|later|earlier|before|after))",
            DurationRules::vague));
  }

  private static Timex counted(Matcher m, MatchContext c) {
    String numberText = m.group("n");
    String unitWord = m.group("unit");
    double n = TimeWords.quantity(numberText);
    String lead = lower(m.group("lead"));
    boolean article = numberText.matches("(?i)an?");
    if (article && unitWord.equalsIgnoreCase("second")) {
      return null;
    }
    if (n == 1
        && (article || numberText.equalsIgnoreCase("one"))
        && lead == null
        && m.group("mod") == null
        && setContext(c)) {
      return null;
    }
    if ((m.group("half") != null || m.group("half2") != null) && !Double.isNaN(n)) {
      n += 0.5;
    }
    n *= TimeWords.unitFactor(unitWord);
    Unit unit = TimeWords.unit(unitWord);
    if (unitWord.toLowerCase(Locale.ROOT).startsWith("night")) {
      unit = Unit.DAY;
    }
    return Timex.of(TimeType.DURATION, unit.duration(n), Modifiers.quantity(m.group("mod")));
  }

  /** "$5 million a year", "twice a day": the unit is a frequency, not a length. */
  static boolean setContext(MatchContext c) {
    var before = c.tokenBefore();
    if (before == null) {
      return false;
    }
    String b = before.text().toLowerCase(Locale.ROOT);
    return before.pos().equals("CD")
        || before.pos().equals("NNS")
        || before.pos().equals("NN")
        || b.equals("once")
        || b.equals("twice")
        || b.equals("times")
        || b.equals("%")
        || b.equals("percent");
  }

  private static Timex hyphenated(Matcher m, MatchContext c) {
    double n = TimeWords.quantity(m.group("n").equalsIgnoreCase("half") ? "a half" : m.group("n"));
    if (Double.isNaN(n) || n <= 0 || n > 1000) {
      return null;
    }
    if (m.group("half") != null) {
      n += 0.5;
    }
    return Timex.of(
        TimeType.DURATION,
        TimeWords.unit(m.group("unit")).duration(n),
        Modifiers.quantity(m.group("mod")));
  }

  private static Timex vague(Matcher m, MatchContext c) {
    return Timex.of(TimeType.DURATION, TimeWords.unit(m.group("unit")).duration(Double.NaN));
  }
}
