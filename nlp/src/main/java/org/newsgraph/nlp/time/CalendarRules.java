package org.newsgraph.nlp.time;

import static org.newsgraph.nlp.time.TimeWords.APOS;
import static org.newsgraph.nlp.time.TimeWords.DASH;
import static org.newsgraph.nlp.time.TimeWords.DAY_NUMBER;
import static org.newsgraph.nlp.time.TimeWords.MONTH;
import static org.newsgraph.nlp.time.TimeWords.ORDINAL;
import static org.newsgraph.nlp.time.TimeWords.SEASON;
import static org.newsgraph.nlp.time.TimeWords.SP;
import static org.newsgraph.nlp.time.TimeWords.WEEKDAY;
import static org.newsgraph.nlp.time.TimeWords.YEAR;
import static org.newsgraph.nlp.time.TimeWords.YEAR_WORDS;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import org.newsgraph.core.TimeType;
import org.newsgraph.nlp.text.Token;

/**
 * Rules for calendar dates: days of months, ranges of days, months, years, decades, centuries,
 * seasons, quarters and halves, with or without a year. What lacks a year gets one from the anchor
 * and the tense.
 */
final class CalendarRules {

  private CalendarRules() {}

  private static final String YEAR_AFTER = "(?:\\s*,\\s*|\\s+)(?<year>" + YEAR + ")";
  private static final String POSITION = "(?:(?<pos>" + Modifiers.POSITION + ")\\s*-?\\s*)?";

  /** Words after which a bare month or season name is a time: "in May", "since spring". */
  private static final Set<String> LEADS =
      Set.of(
          "in",
          "since",
          "until",
          "till",
          "by",
          "from",
          "through",
          "during",
          "before",
          "after",
          "of",
          "for",
          "last",
          "next",
          "this",
          "early",
          "late",
          "mid",
          "between",
          "and",
          "to",
          "around",
          "or",
          "that",
          "throughout",
          "into",
          "the",
          "following",
          "previous",
          "each",
          "every");

  static List<TimexRule> rules() {
    return List.of(
        TimexRule.of(
            "month-day range",
            Triggers.MONTH,
            "(?<month>"
                + MONTH
                + ")"
                + SP
                + "(?<day>"
                + DAY_NUMBER
                + ")(?:"
                + DASH
                + "|\\s+(?:to|through|until|till)\\s+)(?<day2>"
                + DAY_NUMBER
                + ")(?:"
                + YEAR_AFTER
                + ")?",
            (m, c) -> range(m, c, month(m, "month"), month(m, "month"))),
        TimexRule.of(
            "month-day to month-day",
            Triggers.MONTH,
            "(?<month>"
                + MONTH
                + ")"
                + SP
                + "(?<day>"
                + DAY_NUMBER
                + ")"
                + DASH
                + "(?<month2>"
                + MONTH
                + ")"
                + SP
                + "(?<day2>"
                + DAY_NUMBER
                + ")(?:"
                + YEAR_AFTER
                + ")?",
            (m, c) -> range(m, c, month(m, "month"), month(m, "month2"))),
        TimexRule.of(
            "day-day month",
            Triggers.MONTH,
            "(?<day>"
                + DAY_NUMBER
                + ")(?:"
                + DASH
                + "|\\s+(?:to|and)\\s+)(?<day2>"
                + DAY_NUMBER
                + ")"
                + SP
                + "(?:of\\s+)?(?<month>"
                + MONTH
                + ")(?:"
                + YEAR_AFTER
                + ")?",
            (m, c) -> range(m, c, month(m, "month"), month(m, "month"))),
        TimexRule.of(
            "between month-day and day",
            Triggers.MONTH,
            "(?<=\\bbetween\\s)(?<month>"
                + MONTH
                + ")"
                + SP
                + "(?<day>"
                + DAY_NUMBER
                + ")\\s+and\\s+(?<day2>"
                + DAY_NUMBER
                + ")(?:"
                + YEAR_AFTER
                + ")?",
            (m, c) -> range(m, c, month(m, "month"), month(m, "month"))),
        TimexRule.of(
            "month day",
            Triggers.MONTH,
            "(?:(?<wd>"
                + WEEKDAY
                + "),?\\s+)?(?<month>"
                + MONTH
                + ")"
                + SP
                + "(?:the\\s+)?(?<day>"
                + DAY_NUMBER
                + ")(?:"
                + YEAR_AFTER
                + ")?",
            CalendarRules::day),
        TimexRule.of(
            "day month",
            Triggers.MONTH,
            "(?:(?<wd>"
                + WEEKDAY
                + "),?\\s+)?(?:the\\s+)?(?<day>"
                + DAY_NUMBER
                + ")(?:\\s+of)?"
                + SP
                + "(?<month>"
                + MONTH
                + ")(?:,?\\s+(?<year>"
                + YEAR
                + "))?",
            CalendarRules::day),
        TimexRule.of(
            "iso date",
            Triggers.DIGITS,
            "(?<year>(?:1[89]|20)\\d\\d)-(?<m>[01]\\d)-(?<d>[0-3]\\d)",
            (m, c) ->
                Timex.of(
                    TimeType.DATE,
                    LocalDate.of(number(m, "year"), number(m, "m"), number(m, "d")).toString())),
        TimexRule.of(
            "slashed date",
            Triggers.DIGITS,
            "(?<a>[01]?\\d)/(?<b>[0-3]?\\d)/(?<year>(?:1[89]|20)\\d\\d)",
            CalendarRules::slashed),
        TimexRule.of(
            "week of",
            Triggers.MONTH,
            "the\\s+week\\s+of\\s+(?<month>"
                + MONTH
                + ")"
                + SP
                + "(?<day>"
                + DAY_NUMBER
                + ")(?:"
                + YEAR_AFTER
                + ")?",
            (m, c) -> {
              int month = month(m, "month");
              int day = TimeWords.dayNumber(m.group("day"));
              LocalDate date =
                  m.group("year") != null
                      ? LocalDate.of(number(m, "year"), month, day)
                      : c.monthDay(month, day);
              return Timex.of(TimeType.DATE, date == null ? "XXXX-WXX" : Unit.week(date));
            }),
        TimexRule.of(
            "month year in words",
            Triggers.YEAR_WORDS,
            "(?<month>" + MONTH + ")(?:\\s+of)?,?\\s+(?<yw>" + YEAR_WORDS + ")",
            (m, c) ->
                Timex.of(
                    TimeType.DATE,
                    String.format(
                        Locale.ROOT,
                        "%04d-%02d",
                        TimeWords.yearInWords(m.group("yw")),
                        month(m, "month")))),
        TimexRule.of(
            "month year",
            Triggers.MONTH,
            POSITION + "(?<month>" + MONTH + ")(?:\\s+of)?,?\\s+(?<year>" + YEAR + ")",
            (m, c) ->
                Timex.of(
                    TimeType.DATE,
                    String.format(Locale.ROOT, "%04d-%02d", number(m, "year"), month(m, "month")),
                    Modifiers.position(m.group("pos")))),
        TimexRule.of(
            "month",
            Triggers.MONTH,
            "(?:(?<rel>last|next|this|this\\s+past|this\\s+coming|past|coming)\\s+)?"
                + POSITION
                + "(?<month>"
                + MONTH
                + ")(?!\\s*\\d)(?:\\s+(?:of\\s+)?(?<yrel>last|this|next)\\s+year)?",
            CalendarRules::month),
        TimexRule.of(
            "years range",
            Triggers.DIGITS,
            "(?<year>" + YEAR + ")" + DASH + "(?<year2>\\d{2}|" + YEAR + ")(?![\\w-])",
            CalendarRules::years),
        TimexRule.of(
            "year",
            Triggers.DIGITS,
            POSITION
                + "(?:(?<fy>(?:the\\s+)?(?:fiscal|calendar|financial)(?:\\s+year)?|the\\s+year)\\s+)?"
                + "(?<year>"
                + YEAR
                + ")",
            CalendarRules::year),
        TimexRule.of(
            "fiscal short year",
            Triggers.words("fiscal"),
            "fiscal\\s+(?:year\\s+)?" + APOS + "?(?<yy>\\d\\d)",
            (m, c) -> Timex.of(TimeType.DATE, fullYear(number(m, "yy"), c))),
        TimexRule.of(
            "year in words",
            Triggers.YEAR_WORDS,
            POSITION + "(?:the\\s+year\\s+)?(?<yw>" + YEAR_WORDS + ")",
            (m, c) ->
                Timex.of(
                    TimeType.DATE,
                    String.format(Locale.ROOT, "%04d", TimeWords.yearInWords(m.group("yw"))),
                    Modifiers.position(m.group("pos")))),
        TimexRule.of(
            "decade",
            Triggers.DECADE,
            "(?:the\\s+)?"
                + POSITION
                + "(?:(?<dec>1\\d\\d|20\\d)0"
                + APOS
                + "?s|"
                + APOS
                + "(?<short>\\d)0"
                + APOS
                + "?s|(?<words>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))",
            CalendarRules::decade),
        TimexRule.of(
            "century",
            Triggers.contains("centur"),
            "(?:the\\s+)?" + POSITION + "(?<ord>" + ORDINAL + ")[\\s-]+century",
            (m, c) ->
                Timex.of(
                    TimeType.DATE,
                    String.format(Locale.ROOT, "%02d", TimeWords.ordinal(m.group("ord")) - 1),
                    Modifiers.position(m.group("pos")))),
        TimexRule.of(
            "season",
            Triggers.SEASON,
            "(?:(?<rel>this|last|next|this\\s+past|this\\s+coming|past|coming|the)\\s+)?"
                + POSITION
                + "(?<season>"
                + SEASON
                + ")(?:(?:\\s+of)?,?\\s+(?<year>"
                + YEAR
                + "))?",
            CalendarRules::season),
        TimexRule.of(
            "quarter",
            Triggers.contains("quarter"),
            "(?:(?<det>(?:the|its|their)(?!\\s+[a-z0-9]+-quarter)|this|last|next|(?<yrel>this|last|next)\\s+year"
                + APOS
                + "s|(?<y1>"
                + YEAR
                + ")"
                + APOS
                + "s)\\s+)?(?:(?<y2>"
                + YEAR
                + ")\\s+)?(?:(?:fiscal|calendar)[\\s-]+)?"
                + "(?:(?<y3>"
                + YEAR
                + ")\\s+)?(?<q>first|second|third|fourth|1st|2nd|3rd|4th|final)"
                + "[\\s-]+(?:fiscal\\s+)?quarter(?:\\s+of\\s+(?:the\\s+)?(?:(?:fiscal|calendar)\\s+)?"
                + "(?:year\\s+)?(?<y4>"
                + YEAR
                + ")|\\s+(?<y5>"
                + YEAR
                + ")|\\s+of\\s+(?<yrel2>this|last|next)"
                + "\\s+year)?",
            CalendarRules::quarter),
        TimexRule.of(
            "reported quarter",
            w -> w.contains("quarter") || w.equals("period"),
            "(?:the|its|their)\\s+(?:(?:latest|most\\s+recent|recent|just-ended|just\\s+ended)\\s+)?"
                + "(?:fiscal\\s+)?quarter|(?:the|its)\\s+latest\\s+period",
            CalendarRules::reportedQuarter),
        TimexRule.of(
            "year-ago quarter",
            w -> w.contains("quarter") || w.equals("period"),
            "(?:the\\s+)?(?:(?:comparable|same|corresponding)\\s+)?(?:year[-\\s]?(?:earlier|ago)|prior[-\\s]year)"
                + "\\s+(?:(?<q>first|second|third|fourth)[\\s-]+)?(?:fiscal\\s+)?(?:quarter|period)",
            CalendarRules::yearAgoQuarter),
        TimexRule.of(
            "year-ago",
            Triggers.words("earlier", "ago", "year-earlier", "year-ago"),
            "year[-\\s](?:earlier|ago)",
            (m, c) -> Timex.of(TimeType.DATE, c.year(-1)).orYearEarlierQuarter(-1)),
        TimexRule.of(
            "year's period",
            w -> w.contains("quarter") || w.equals("period"),
            "the\\s+(?<year>" + YEAR + ")\\s+(?:quarter|period)",
            (m, c) ->
                Timex.of(TimeType.DATE, m.group("year"))
                    .relative(Timex.Kind.QUARTER_IN_YEAR, number(m, "year"))),
        TimexRule.of(
            "holiday",
            Triggers.HOLIDAY,
            "(?:(?<rel>last|next|this|this\\s+past|this\\s+coming|past|coming)\\s+)?(?<name>"
                + Holidays.NAMES
                + ")",
            CalendarRules::holiday),
        TimexRule.of(
            "quarter code",
            Triggers.words("q1", "q2", "q3", "q4"),
            "(?-i:Q(?<q>[1-4]))(?:\\s+(?<year>" + YEAR + "))?",
            (m, c) ->
                Timex.of(
                    TimeType.DATE,
                    m.group("year") != null
                        ? m.group("year") + "-Q" + m.group("q")
                        : c.quarter(number(m, "q")))),
        TimexRule.of(
            "half",
            Triggers.contains("half"),
            "(?:the\\s+)?(?<h>first|second|1st|2nd|last|latter)(?<adj>-)?\\s*half(?:\\s+of\\s+(?:the\\s+)?"
                + "(?:(?:fiscal|calendar)\\s+)?(?:(?<year>"
                + YEAR
                + ")|(?<rel>this|last|next)\\s+year|(?<the>year)))?",
            CalendarRules::half));
  }

  // ---- readers

  private static Timex day(Matcher m, MatchContext c) {
    int month = month(m, "month");
    int day = TimeWords.dayNumber(m.group("day"));
    LocalDate date;
    if (m.group("year") != null) {
      date = LocalDate.of(number(m, "year"), month, day);
    } else if (m.group("wd") != null) {
      date = c.monthDay(month, day, TimeWords.weekday(m.group("wd")));
    } else {
      date = c.monthDay(month, day);
    }
    String value =
        date == null ? String.format(Locale.ROOT, "XXXX-%02d-%02d", month, day) : date.toString();
    Timex timex = Timex.of(TimeType.DATE, value);
    return m.group("year") == null && m.group("wd") == null && date != null
        ? timex.orYearOfMonth()
        : timex;
  }

  private static Timex range(Matcher m, MatchContext c, int month, int month2) {
    int day = TimeWords.dayNumber(m.group("day"));
    int day2 = TimeWords.dayNumber(m.group("day2"));
    LocalDate from;
    if (m.group("year") != null) {
      from = LocalDate.of(number(m, "year"), month, day);
    } else {
      from = c.monthDay(month, day);
    }
    if (from == null) {
      return Timex.of(
          TimeType.DATE,
          String.format(Locale.ROOT, "XXXX-%02d-%02d/XXXX-%02d-%02d", month, day, month2, day2));
    }
    LocalDate to = LocalDate.of(from.getYear() + (month2 < month ? 1 : 0), month2, day2);
    if (!to.isAfter(from)) {
      return null;
    }
    return Timex.of(TimeType.DATE, from + "/" + to);
  }

  private static Timex slashed(Matcher m, MatchContext c) {
    int a = number(m, "a");
    int b = number(m, "b");
    int year = number(m, "year");
    LocalDate date = a > 12 ? LocalDate.of(year, b, a) : LocalDate.of(year, a, b);
    return Timex.of(TimeType.DATE, date.toString());
  }

  private static Timex month(Matcher m, MatchContext c) {
    String name = m.group("month");
    int month = month(m, "month");
    String rel = lower(m.group("rel"));
    String yrel = lower(m.group("yrel"));
    String pos = m.group("pos");
    if (rel == null && yrel == null && pos == null && !bareMonthIsTime(name, c)) {
      return null;
    }
    String value;
    if (yrel != null) {
      int offset = yrel.equals("last") ? -1 : yrel.equals("next") ? 1 : 0;
      Integer year = c.yearNumber(offset);
      value = year == null ? c.month(month) : String.format(Locale.ROOT, "%04d-%02d", year, month);
    } else if (rel == null) {
      value = c.month(month);
      if (c.anchor() != null) {
        return Timex.of(TimeType.DATE, value, Modifiers.position(pos)).orYearOfMonth();
      }
    } else if (rel.equals("this")) {
      Integer year = c.yearNumber(0);
      value = year == null ? c.month(month) : String.format(Locale.ROOT, "%04d-%02d", year, month);
    } else {
      value = c.month(month, rel.contains("past") || rel.equals("last") ? -1 : 1);
    }
    return Timex.of(TimeType.DATE, value, Modifiers.position(pos));
  }

  /** A month name alone is a time after a preposition, and not a verb or a modal ("may"). */
  private static boolean bareMonthIsTime(String name, MatchContext c) {
    if (name.endsWith(".") || name.length() <= 3) {
      return LEADS.contains(c.wordBefore());
    }
    boolean ambiguous = name.equalsIgnoreCase("may") || name.equalsIgnoreCase("march");
    if (ambiguous) {
      return LEADS.contains(c.wordBefore());
    }
    Token after = c.tokenAfter();
    return after == null || !after.isProperNoun() || LEADS.contains(c.wordBefore());
  }

  private static Timex years(Matcher m, MatchContext c) {
    int from = number(m, "year");
    String second = m.group("year2");
    int to =
        second.length() == 2
            ? from / 100 * 100 + Integer.parseInt(second)
            : Integer.parseInt(second);
    if (to <= from || to - from > 50) {
      return null;
    }
    return Timex.of(TimeType.DATE, String.format(Locale.ROOT, "%04d/%04d", from, to));
  }

  private static Timex year(Matcher m, MatchContext c) {
    if (m.group("pos") == null && m.group("fy") == null && !bareYearIsTime(number(m, "year"), c)) {
      return null;
    }
    return Timex.of(TimeType.DATE, m.group("year"), Modifiers.position(m.group("pos")));
  }

  /**
   * A bare four-digit number is a year unless it counts things ("1990 workers"), is money or a
   * number, or follows a name without being a modern year ("Resolution 1441", but "Expo 2016").
   */
  private static boolean bareYearIsTime(int year, MatchContext c) {
    Token before = c.tokenBefore();
    if (before != null) {
      String b = before.text();
      if (b.equals("$")
          || b.equals("#")
          || b.equalsIgnoreCase("No.")
          || b.equals("-")
          || before.isProperNoun() && year < 1900
          || before.pos().equals("CD")) {
        return false;
      }
    }
    Token after = c.tokenAfter();
    if (after != null) {
      String a = after.text().toLowerCase(Locale.ROOT);
      if (after.pos().equals("NNS")
          || a.equals("percent")
          || a.equals("%")
          || after.pos().equals("CD")) {
        return false;
      }
    }
    return true;
  }

  private static String fullYear(int yy, MatchContext c) {
    Integer now = c.yearNumber(0);
    int century = now == null ? 1900 : now / 100 * 100;
    int year = century + yy;
    if (now != null && year > now + 20) {
      year -= 100;
    }
    return String.format(Locale.ROOT, "%04d", year);
  }

  private static Timex decade(Matcher m, MatchContext c) {
    String value;
    if (m.group("dec") != null) {
      value = m.group("dec");
    } else {
      int digit;
      if (m.group("short") != null) {
        digit = number(m, "short");
      } else {
        digit =
            List.of(
                        "twenties",
                        "thirties",
                        "forties",
                        "fifties",
                        "sixties",
                        "seventies",
                        "eighties",
                        "nineties")
                    .indexOf(m.group("words").toLowerCase(Locale.ROOT))
                + 2;
      }
      value = (digit <= 1 ? "20" : "19") + digit;
    }
    return Timex.of(TimeType.DATE, value, Modifiers.position(m.group("pos")));
  }

  private static Timex season(Matcher m, MatchContext c) {
    String code = TimeWords.season(m.group("season"));
    String rel = lower(m.group("rel"));
    String pos = m.group("pos");
    String mod = Modifiers.position(pos);
    if (m.group("year") != null) {
      int year = number(m, "year");
      return Timex.of(TimeType.DATE, String.format(Locale.ROOT, "%04d-%s", year, code), mod);
    }
    if (rel == null || rel.equals("the")) {
      boolean led = rel != null || pos != null || LEADS.contains(c.wordBefore());
      Token after = c.tokenAfter();
      boolean ofSomething = after != null && after.text().equalsIgnoreCase("of");
      if (!led
          || ofSomething
          || m.group("season").equalsIgnoreCase("fall")
              && rel == null
              && pos == null
              && !c.wordBefore().equals("in")) {
        return null;
      }
      return Timex.of(TimeType.DATE, c.season(code, null), mod);
    }
    int direction = rel.equals("this") ? 0 : rel.contains("past") || rel.equals("last") ? -1 : 1;
    return Timex.of(TimeType.DATE, c.season(code, direction), mod);
  }

  private static Timex quarter(Matcher m, MatchContext c) {
    String q = m.group("q").toLowerCase(Locale.ROOT);
    int quarter =
        q.equals("final")
            ? 4
            : q.startsWith("1") || q.equals("first")
                ? 1
                : q.startsWith("2") || q.equals("second")
                    ? 2
                    : q.startsWith("3") || q.equals("third") ? 3 : 4;
    String year =
        firstNonNull(m.group("y1"), m.group("y2"), m.group("y3"), m.group("y4"), m.group("y5"));
    String yrel = lower(firstNonNull(m.group("yrel"), m.group("yrel2")));
    String value;
    if (year != null) {
      value = year + "-Q" + quarter;
    } else if (yrel != null) {
      Integer y = c.yearNumber(yrel.equals("last") ? -1 : yrel.equals("next") ? 1 : 0);
      value = y == null ? "XXXX-Q" + quarter : String.format(Locale.ROOT, "%04d-Q%d", y, quarter);
    } else {
      value = c.quarter(quarter);
    }
    return Timex.of(TimeType.DATE, value);
  }

  /** "The quarter" of a report is the last one that ended; of a forecast, the current one. */
  private static Timex reportedQuarter(Matcher m, MatchContext c) {
    return Timex.of(
        TimeType.DATE, c.tense() == Tense.FUTURE ? c.shifted(Unit.QUARTER, 0) : c.lastQuarter(0));
  }

  /** A comparison period: it counts from the quarter the text spoke of, and does not replace it. */
  private static Timex yearAgoQuarter(Matcher m, MatchContext c) {
    if (m.group("q") == null) {
      return Timex.of(TimeType.DATE, c.lastQuarter(1)).orYearEarlierQuarter(-1);
    }
    Integer year = c.yearNumber(-1);
    int quarter = List.of("first", "second", "third", "fourth").indexOf(lower(m.group("q"))) + 1;
    String value =
        year == null ? "XXXX-Q" + quarter : String.format(Locale.ROOT, "%04d-Q%d", year, quarter);
    return year == null
        ? Timex.of(TimeType.DATE, value)
        : Timex.of(TimeType.DATE, value).relative(Timex.Kind.QUARTER_IN_YEAR, year);
  }

  private static Timex holiday(Matcher m, MatchContext c) {
    String name = m.group("name");
    String rel = lower(m.group("rel"));
    int direction =
        rel == null
            ? 0
            : rel.equals("this") ? 0 : rel.contains("past") || rel.equals("last") ? -1 : 1;
    LocalDate date =
        c.yearly(y -> Holidays.date(name, y), direction, rel != null && rel.equals("this"));
    return Timex.of(
        TimeType.DATE,
        date == null
            ? "XXXX-" + Holidays.date(name, 2001).toString().substring(5)
            : date.toString());
  }

  private static Timex half(Matcher m, MatchContext c) {
    String h = m.group("h").toLowerCase(Locale.ROOT);
    int half = h.equals("first") || h.equals("1st") ? 1 : 2;
    if (m.group("year") != null) {
      return Timex.of(TimeType.DATE, m.group("year") + "-H" + half);
    }
    if (m.group("rel") != null) {
      String rel = lower(m.group("rel"));
      Integer y = c.yearNumber(rel.equals("last") ? -1 : rel.equals("next") ? 1 : 0);
      return Timex.of(
          TimeType.DATE,
          y == null ? "XXXX-H" + half : String.format(Locale.ROOT, "%04d-H%d", y, half));
    }
    if (m.group("the") == null && m.group("adj") == null) {
      return null;
    }
    return Timex.of(TimeType.DATE, c.half(half));
  }

  // ---- helpers

  static int month(Matcher m, String group) {
    return TimeWords.month(m.group(group));
  }

  static int number(Matcher m, String group) {
    return Integer.parseInt(m.group(group));
  }

  static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }

  private static String firstNonNull(String... values) {
    for (String v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}
