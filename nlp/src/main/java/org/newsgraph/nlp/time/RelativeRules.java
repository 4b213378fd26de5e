package org.newsgraph.nlp.time;

import static org.newsgraph.nlp.time.CalendarRules.lower;
import static org.newsgraph.nlp.time.TimeWords.NUMBER;
import static org.newsgraph.nlp.time.TimeWords.PART_OF_DAY;
import static org.newsgraph.nlp.time.TimeWords.UNIT;
import static org.newsgraph.nlp.time.TimeWords.WEEKDAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import org.newsgraph.core.TimeType;
import org.newsgraph.nlp.text.Token;

/**
 * Rules for times relative to the moment of writing: today, last week, next month, two years ago,
 * Friday, this weekend, recently, now, the future; and for times relative to a date the text gave
 * before ("the day before", "the following year").
 */
final class RelativeRules {

  private RelativeRules() {}

  private static final String RELATION =
      "(?<rel>this|last|next|past|coming|previous|following|current|latest|prior|this\\s+past"
          + "|this\\s+coming|the\\s+past|the\\s+last|the\\s+next|the\\s+coming|the\\s+previous"
          + "|the\\s+following|the\\s+current|the\\s+latest|the\\s+prior|the\\s+same|that)";

  static List<TimexRule> rules() {
    return List.of(
        TimexRule.of(
            "day before yesterday",
            Triggers.DAY_WORD,
            "the\\s+day\\s+(?<dir>before\\s+yesterday|after\\s+tomorrow)",
            (m, c) ->
                Timex.of(
                    TimeType.DATE, day(c, lower(m.group("dir")).startsWith("before") ? -2 : 2))),
        TimexRule.of(
            "day word",
            Triggers.DAY_WORD,
            "(?:(?<pos>early|late|earlier|later)\\s+)?(?<day>today|tonight|tomorrow|yesterday)"
                + "(?:\\s+(?<part>"
                + PART_OF_DAY
                + "))?",
            RelativeRules::dayWord),
        TimexRule.of(
            "part of this day",
            Triggers.PART_OF_DAY,
            "(?:(?<pos>early|late|earlier|later)\\s+)?(?<rel>this|last)\\s+(?<part>morning|afternoon|evening|night)",
            (m, c) -> {
              int shift = lower(m.group("rel")).equals("last") ? -1 : 0;
              return Timex.of(
                  TimeType.TIME,
                  day(c, shift) + "T" + TimeWords.partOfDay(m.group("part")),
                  Modifiers.position(m.group("pos")));
            }),
        TimexRule.of(
            "relative period",
            Triggers.UNIT,
            "(?:(?<pos>"
                + Modifiers.POSITION
                + "|earlier|later)\\s+)?"
                + RELATION
                + "\\s+(?<unit>week|weekend|month|quarter|year|decade|century|(?:fiscal|financial)\\s+year)",
            RelativeRules::period),
        TimexRule.of(
            "overnight",
            Triggers.words("overnight"),
            "overnight",
            (m, c) ->
                c.tokenAfter() != null && c.tokenAfter().pos().startsWith("NN")
                    ? null
                    : Timex.of(TimeType.TIME, day(c, -1) + "TNI")),
        TimexRule.of(
            "accounting year",
            Triggers.UNIT,
            "the\\s+(?:fiscal\\s+|financial\\s+)?year(?=\\s+(?:ended|ending|to\\s+"
                + TimeWords.MONTH
                + "))",
            (m, c) -> Timex.of(TimeType.DURATION, "P1Y")),
        TimexRule.of(
            "for the year",
            Triggers.UNIT,
            "(?<=\\bfor\\s)the\\s+year(?!\\s+(?:ended|ending|to|before|after|of|in|since|that|when|\\d))",
            (m, c) ->
                Timex.of(
                    TimeType.DATE,
                    c.year(
                        c.tense() == Tense.PAST
                                && c.anchor() != null
                                && c.anchor().getMonthValue() <= 3
                            ? -1
                            : 0))),
        TimexRule.of(
            "whole year",
            Triggers.UNIT,
            "the\\s+(?:full|entire|whole)\\s+(?:fiscal\\s+)?year",
            (m, c) -> Timex.of(TimeType.DATE, c.year(0))),
        TimexRule.of(
            "part of the period",
            Triggers.UNIT,
            "the\\s+(?<pos>beginning|start|end|middle|rest)\\s+of\\s+the\\s+(?<unit>week|month|quarter|year|decade|century)",
            (m, c) -> {
              Unit unit = TimeWords.unit(m.group("unit"));
              String mod =
                  m.group("pos").equalsIgnoreCase("rest")
                      ? null
                      : Modifiers.position("the " + m.group("pos") + " of");
              return Timex.of(TimeType.DATE, c.shifted(unit, 0), mod);
            }),
        TimexRule.of(
            "counted from now",
            Triggers.UNIT,
            "(?:(?<mod>"
                + Modifiers.QUANTITY
                + ")\\s+)?(?:(?<n>"
                + NUMBER
                + ")\\s+)?(?:more\\s+)?(?<unit>"
                + UNIT
                + ")"
                + "\\s+(?<dir>ago|earlier|back|from\\s+now|hence|before(?=\\s*[,.;)]|$))",
            RelativeRules::counted),
        TimexRule.of(
            "vague past",
            Triggers.VAGUE_PAST,
            "(?:(?:more|most|very|quite)\\s+)?(?:recently|lately|the\\s+past)"
                + "|recent\\s+(?:days|weeks|months|years|decades|times)",
            RelativeRules::past),
        TimexRule.of(
            "vague present",
            Triggers.VAGUE_PRESENT,
            "now|right\\s+now|just\\s+now|currently|presently|nowadays|these\\s+days|the\\s+present|current"
                + "|at\\s+present|at\\s+the\\s+moment",
            RelativeRules::present),
        TimexRule.of(
            "vague future",
            Triggers.VAGUE_FUTURE,
            "(?:the\\s+)?(?:near\\s+)?future|(?:the\\s+)?(?:coming|upcoming)\\s+(?:days|weeks|months|years|decades)"
                + "|(?:the\\s+)?(?:short|near|long)\\s+term",
            RelativeRules::future),
        TimexRule.of(
            "weekday",
            Triggers.WEEKDAY,
            "(?:(?<rel>last|next|this|this\\s+past|this\\s+coming|coming|past|the\\s+previous|the\\s+following"
                + "|the\\s+next|that)\\s+)?(?:(?<pos>early|late|earlier|later)\\s+)?(?<wd>"
                + WEEKDAY
                + ")"
                + "(?:\\s+(?<part>"
                + PART_OF_DAY
                + "))?",
            RelativeRules::weekday),
        TimexRule.of(
            "weekend",
            Triggers.contains("weekend"),
            "(?<rel>this|last|next|this\\s+past|this\\s+coming|the|that|past|coming)\\s+weekend",
            RelativeRules::weekend),
        TimexRule.of(
            "day of the reference",
            Triggers.UNIT,
            "(?:the\\s+(?<rel>next|following|previous|same)|(?<that>that|the\\s+same))\\s+"
                + "(?<unit>day|morning|afternoon|evening|night)|the\\s+day\\s+(?<dir>before|after)"
                + "|(?<a>a|one)\\s+day\\s+(?<dir2>earlier|later)",
            RelativeRules::referenceDay));
  }

  private static String day(MatchContext c, int shift) {
    LocalDate day = c.dayShifted(shift);
    if (day == null) {
      return shift < 0 ? "PAST_REF" : shift > 0 ? "FUTURE_REF" : "PRESENT_REF";
    }
    return day.toString();
  }

  private static Timex dayWord(Matcher m, MatchContext c) {
    String word = lower(m.group("day"));
    int shift = word.equals("yesterday") ? -1 : word.equals("tomorrow") ? 1 : 0;
    String mod = Modifiers.position(m.group("pos"));
    String part = m.group("part");
    if (word.equals("tonight")) {
      return Timex.of(TimeType.TIME, day(c, 0) + "TNI", mod);
    }
    if (part != null) {
      return Timex.of(TimeType.TIME, day(c, shift) + "T" + TimeWords.partOfDay(part), mod);
    }
    return Timex.of(TimeType.DATE, day(c, shift), mod);
  }

  private static Timex period(Matcher m, MatchContext c) {
    String rel = lower(m.group("rel")).replace("the ", "");
    String unitWord = lower(m.group("unit"));
    String mod = Modifiers.position(m.group("pos"));
    boolean weekend = unitWord.equals("weekend");
    Unit unit =
        weekend ? Unit.WEEK : unitWord.endsWith("year") ? Unit.YEAR : TimeWords.unit(unitWord);
    boolean anaphoric =
        lower(m.group("rel")).startsWith("the ")
            && (rel.equals("following")
                || rel.equals("previous")
                || rel.equals("prior")
                || rel.equals("same"));
    if (rel.equals("that") || anaphoric) {
      int shift =
          rel.equals("following") ? 1 : rel.equals("previous") || rel.equals("prior") ? -1 : 0;
      return weekend ? null : Timex.fromReference(unit, shift);
    }
    int shift;
    switch (rel) {
      case "this":
      case "current":
        shift = 0;
        break;
      case "next":
      case "coming":
      case "following":
      case "this coming":
        shift = 1;
        break;
      default:
        shift = -1;
    }
    if (unit == Unit.QUARTER && rel.equals("latest")) {
      return Timex.of(TimeType.DATE, c.lastQuarter(0), mod);
    }
    if (weekend) {
      return Timex.of(TimeType.DATE, weekendValue(c, shift), mod);
    }
    if (unit == Unit.WEEK
        && (rel.equals("past") || rel.equals("last"))
        && lower(m.group("rel")).startsWith("the ")) {
      return Timex.of(TimeType.DATE, c.pastSevenDays(), mod);
    }
    return Timex.of(TimeType.DATE, c.shifted(unit, shift), mod);
  }

  private static String weekendValue(MatchContext c, int shift) {
    LocalDate anchor = c.anchor();
    if (anchor == null) {
      return shift < 0 ? "PAST_REF" : shift > 0 ? "FUTURE_REF" : "PRESENT_REF";
    }
    LocalDate saturday =
        anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(5);
    if (shift < 0 && !anchor.isBefore(saturday)) {
      shift = 0;
    }
    return Unit.week(saturday.plusWeeks(shift)) + "-WE";
  }

  private static Timex counted(Matcher m, MatchContext c) {
    String unitWord = m.group("unit");
    if (m.group("n") == null && !unitWord.toLowerCase(Locale.ROOT).endsWith("s")) {
      return null;
    }
    double n = m.group("n") == null ? Double.NaN : TimeWords.quantity(m.group("n"));
    Unit unit = TimeWords.unit(unitWord);
    String dir = lower(m.group("dir"));
    boolean back =
        dir.equals("ago") || dir.equals("earlier") || dir.equals("back") || dir.equals("before");
    String mod = Modifiers.countedBack(m.group("mod"));
    if (!back && mod != null) {
      mod = mod.equals("BEFORE") ? "AFTER" : mod.equals("AFTER") ? "BEFORE" : mod;
    }
    if (Double.isNaN(n)) {
      return Timex.of(TimeType.DATE, back ? "PAST_REF" : "FUTURE_REF", mod);
    }
    long count = Math.round(n * TimeWords.unitFactor(m.group("unit")));
    Unit grain = unit == Unit.DECADE || unit == Unit.CENTURY ? Unit.YEAR : unit;
    if (grain.isClock()) {
      return Timex.of(TimeType.DATE, day(c, 0), mod);
    }
    long amount = unit == Unit.DECADE ? count * 10 : unit == Unit.CENTURY ? count * 100 : count;
    Timex timex = Timex.of(TimeType.DATE, c.shifted(grain, back ? -amount : amount), mod);
    if (unit != Unit.YEAR || !back) {
      return timex;
    }
    return timex.orYearEarlierQuarter((int) -amount);
  }

  private static Timex past(Matcher m, MatchContext c) {
    Token after = c.tokenAfter();
    if (lower(m.group()).equals("the past")
        && after != null
        && (after.pos().equals("CD") || after.pos().equals("JJ") || after.pos().equals("NNS"))) {
      return null;
    }
    return Timex.of(TimeType.DATE, "PAST_REF");
  }

  private static Timex present(Matcher m, MatchContext c) {
    if (m.group().equalsIgnoreCase("now")
        && c.tokenAfter() != null
        && c.tokenAfter().text().equalsIgnoreCase("that")) {
      return null;
    }
    return Timex.of(TimeType.DATE, "PRESENT_REF");
  }

  private static Timex future(Matcher m, MatchContext c) {
    String text = lower(m.group());
    if (text.equals("future") && c.tokenAfter() != null && c.tokenAfter().pos().startsWith("NN")) {
      return null;
    }
    if (text.endsWith("term") && !text.startsWith("the")) {
      return null;
    }
    return Timex.of(TimeType.DATE, "FUTURE_REF");
  }

  private static Timex weekday(Matcher m, MatchContext c) {
    DayOfWeek day = TimeWords.weekday(m.group("wd"));
    String rel = lower(m.group("rel"));
    int direction = 0;
    if (rel != null) {
      if (rel.equals("that")) {
        return null;
      }
      direction =
          rel.contains("last") || rel.contains("past") || rel.contains("previous")
              ? -1
              : rel.equals("this") ? 0 : 1;
    }
    String value = c.weekdayValue(day, direction);
    String mod = Modifiers.position(m.group("pos"));
    if (m.group("part") != null) {
      return Timex.of(TimeType.TIME, value + "T" + TimeWords.partOfDay(m.group("part")), mod);
    }
    return Timex.of(TimeType.DATE, value, mod);
  }

  private static Timex weekend(Matcher m, MatchContext c) {
    String rel = lower(m.group("rel"));
    int shift;
    if (rel.equals("the") || rel.equals("that")) {
      shift = c.tense() == Tense.FUTURE ? 0 : -1;
    } else if (rel.equals("this")) {
      shift = c.tense() == Tense.PAST ? -1 : 0;
    } else {
      shift = rel.contains("past") || rel.equals("last") ? -1 : 1;
    }
    return Timex.of(TimeType.DATE, weekendValue(c, shift));
  }

  private static Timex referenceDay(Matcher m, MatchContext c) {
    Token after = c.tokenAfter();
    if (m.group("dir") != null
        && after != null
        && (after.pos().startsWith("DT") || after.pos().startsWith("PRP"))) {
      return null;
    }
    if (m.group("dir") != null) {
      return Timex.fromReference(Unit.DAY, lower(m.group("dir")).equals("before") ? -1 : 1);
    }
    if (m.group("dir2") != null) {
      return Timex.fromReference(Unit.DAY, lower(m.group("dir2")).equals("earlier") ? -1 : 1);
    }
    String rel = m.group("rel") == null ? "same" : lower(m.group("rel"));
    int shift = rel.equals("next") || rel.equals("following") ? 1 : rel.equals("previous") ? -1 : 0;
    return Timex.fromReference(Unit.DAY, shift);
  }
}
