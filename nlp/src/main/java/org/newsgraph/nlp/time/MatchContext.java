package org.newsgraph.nlp.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.newsgraph.nlp.text.Sentence;
import org.newsgraph.nlp.text.TextAnalysis;
import org.newsgraph.nlp.text.Token;

/**
 * Where a rule matched and what it resolves against: the publication date (the anchor, possibly
 * unknown), the tense of the clause, and the neighbouring tokens. Relative values are computed
 * here; without an anchor they come out underspecified ({@code XXXX-06}, {@code PAST_REF}).
 */
final class MatchContext {

  /** How many tokens away a verb still counts as the one the expression modifies. */
  private static final int NEAR = 3;

  /**
   * How much farther a period on the wrong side of the anchor counts, when the tense only hints at
   * the side: a later date in a past clause is often a deadline or a payment date.
   */
  private static final int WRONG_SIDE = 3;

  private final TextAnalysis analysis;
  private final int start;
  private final int end;
  private final LocalDate anchor;
  private TenseReader.Clue clue;

  MatchContext(TextAnalysis analysis, int start, int end, LocalDate anchor) {
    this.analysis = analysis;
    this.start = start;
    this.end = end;
    this.anchor = anchor;
  }

  /** The publication date, or {@code null}. */
  LocalDate anchor() {
    return anchor;
  }

  /** The tense of the clause the match stands in. */
  Tense tense() {
    return clue().tense();
  }

  /** Whether the verb that gives the tense stands right by the match ("met Kim in June"). */
  boolean tenseIsNear() {
    return clue().distance() <= NEAR;
  }

  private TenseReader.Clue clue() {
    if (clue == null) {
      Sentence sentence = analysis.sentenceAt(start);
      clue =
          sentence == null
              ? TenseReader.Clue.NONE
              : TenseReader.around(sentence, firstToken(sentence), endToken(sentence));
    }
    return clue;
  }

  private int firstToken(Sentence sentence) {
    for (Token t : sentence.tokens()) {
      if (t.end() > start) {
        return t.index();
      }
    }
    return sentence.endToken();
  }

  private int endToken(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    for (int i = tokens.size() - 1; i >= 0; i--) {
      if (tokens.get(i).start() < end) {
        return tokens.get(i).index() + 1;
      }
    }
    return sentence.firstToken();
  }

  /** The token just before the match, or {@code null}. */
  Token tokenBefore() {
    Token found = null;
    for (Token t : tokensNear()) {
      if (t.end() <= start) {
        found = t;
      }
    }
    return found;
  }

  /** The token just after the match, or {@code null}. */
  Token tokenAfter() {
    for (Token t : tokensNear()) {
      if (t.start() >= end) {
        return t;
      }
    }
    return null;
  }

  /** The lower-case text of the token before the match, or "". */
  String wordBefore() {
    Token t = tokenBefore();
    return t == null ? "" : t.text().toLowerCase(Locale.ROOT);
  }

  /** Whether every token the match covers belongs to a person's or organisation's name. */
  boolean insideName() {
    boolean any = false;
    for (Token t : tokensNear()) {
      if (t.end() > start && t.start() < end) {
        if (!t.nameTag().equals("PERSON") && !t.nameTag().equals("ORGANIZATION")) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  private List<Token> tokensNear() {
    Sentence sentence = analysis.sentenceAt(start);
    return sentence == null ? List.of() : sentence.tokens();
  }

  // ---- resolution against the anchor

  /** The anchor day, or PRESENT_REF. */
  String today() {
    return anchor == null ? "PRESENT_REF" : anchor.toString();
  }

  /** The {@code unit}-long period {@code n} units from the anchor ("last week" is WEEK, -1). */
  String shifted(Unit unit, long n) {
    if (anchor == null) {
      return n < 0 ? "PAST_REF" : n > 0 ? "FUTURE_REF" : "PRESENT_REF";
    }
    return unit.point(unit.shift(anchor, n));
  }

  /** "The past week": the seven days up to the anchor, placed in the week of their middle. */
  String pastSevenDays() {
    return anchor == null ? "PAST_REF" : Unit.WEEK.point(anchor.minusDays(3));
  }

  /** The day {@code n} days from the anchor, or {@code null} without one. */
  LocalDate dayShifted(long n) {
    return anchor == null ? null : anchor.plusDays(n);
  }

  /** A month named without a year, placed by the tense: "in June" of a past clause. */
  String month(int month) {
    if (anchor == null) {
      return String.format(Locale.ROOT, "XXXX-%02d", month);
    }
    int year =
        chooseYear(
            y -> LocalDate.of(y, month, 1),
            y -> LocalDate.of(y, month, 1).plusMonths(1).minusDays(1),
            tenseIsNear());
    return String.format(Locale.ROOT, "%04d-%02d", year, month);
  }

  /** A month named with "last", "next" or "this": the one before, after, or of this year. */
  String month(int month, int direction) {
    if (anchor == null) {
      return String.format(Locale.ROOT, "XXXX-%02d", month);
    }
    int year = anchor.getYear();
    if (direction < 0 && month >= anchor.getMonthValue()) {
      year--;
    } else if (direction > 0 && month <= anchor.getMonthValue()) {
      year++;
    }
    return String.format(Locale.ROOT, "%04d-%02d", year, month);
  }

  /** A day of a month named without a year ("Feb 6"), placed by the tense. */
  LocalDate monthDay(int month, int day) {
    if (anchor == null) {
      return null;
    }
    LocalDate.of(2000, month, day); // refuses a day no month of that name has
    int year = chooseYear(y -> safeDate(y, month, day), y -> safeDate(y, month, day), false);
    return LocalDate.of(year, month, day);
  }

  /** A day of a month that falls on {@code weekday} ("Friday, Oct. 13"), nearest the anchor. */
  LocalDate monthDay(int month, int day, DayOfWeek weekday) {
    if (anchor == null) {
      return null;
    }
    for (int d = 0; d <= 6; d++) {
      for (int year : new int[] {anchor.getYear() + d, anchor.getYear() - d}) {
        LocalDate date = safeDate(year, month, day);
        if (date.getMonthValue() == month
            && date.getDayOfMonth() == day
            && date.getDayOfWeek() == weekday) {
          return date;
        }
      }
    }
    return monthDay(month, day);
  }

  private static LocalDate safeDate(int year, int month, int day) {
    return LocalDate.of(year, month, 1).plusDays(day - 1L);
  }

  /** "Friday": the one before the anchor in a past clause, after it in a future one. */
  LocalDate weekday(DayOfWeek day, int direction) {
    if (anchor == null) {
      return null;
    }
    if (direction < 0) {
      return anchor.with(TemporalAdjusters.previous(day));
    }
    if (direction > 0) {
      return anchor.with(TemporalAdjusters.next(day));
    }
    return tense() == Tense.FUTURE
        ? anchor.with(TemporalAdjusters.nextOrSame(day))
        : anchor.with(TemporalAdjusters.previousOrSame(day));
  }

  /** The value of a weekday: a date, or {@code XXXX-WXX-5} without an anchor. */
  String weekdayValue(DayOfWeek day, int direction) {
    LocalDate date = weekday(day, direction);
    return date == null ? "XXXX-WXX-" + day.getValue() : date.toString();
  }

  /** A season without a year; direction -1 "last", +1 "next", 0 "this", null by the tense. */
  String season(String code, Integer direction) {
    if (anchor == null) {
      return "XXXX-" + code;
    }
    IntFunction<LocalDate> from = y -> seasonStart(code, y);
    IntFunction<LocalDate> to = y -> seasonStart(code, y).plusMonths(3).minusDays(1);
    int year;
    if (direction == null) {
      year = chooseYear(from, to, tenseIsNear());
    } else if (direction == 0) {
      year =
          code.equals("WI") && anchor.getMonthValue() == 12
              ? anchor.getYear() + 1
              : anchor.getYear();
    } else if (direction < 0) {
      year = anchor.getYear() + 1;
      while (!to.apply(year).isBefore(anchor)) {
        year--;
      }
    } else {
      year = anchor.getYear() - 1;
      while (!from.apply(year).isAfter(anchor)) {
        year++;
      }
    }
    return String.format(Locale.ROOT, "%04d-%s", year, code);
  }

  /** Where a season of a year begins; the winter of 2019 begins in December 2018. */
  private static LocalDate seasonStart(String code, int year) {
    switch (code) {
      case "SP":
        return LocalDate.of(year, 3, 1);
      case "SU":
        return LocalDate.of(year, 6, 1);
      case "FA":
        return LocalDate.of(year, 9, 1);
      default:
        return LocalDate.of(year - 1, 12, 1);
    }
  }

  /**
   * A day that comes once a year (a holiday): by the tense when {@code direction} is 0, the one
   * before or after the anchor when it is -1 or +1, or the anchor year's when {@code thisYear}.
   */
  LocalDate yearly(IntFunction<LocalDate> dayIn, int direction, boolean thisYear) {
    if (anchor == null) {
      return null;
    }
    int y = anchor.getYear();
    if (thisYear) {
      return dayIn.apply(y);
    }
    if (direction < 0) {
      return dayIn.apply(dayIn.apply(y).isBefore(anchor) ? y : y - 1);
    }
    if (direction > 0) {
      return dayIn.apply(dayIn.apply(y).isAfter(anchor) ? y : y + 1);
    }
    return dayIn.apply(chooseYear(dayIn, dayIn, tenseIsNear()));
  }

  /**
   * A quarter without a year: in a past clause the last one that has begun, otherwise the one
   * nearest the anchor.
   */
  String quarter(int quarter) {
    if (anchor == null) {
      return "XXXX-Q" + quarter;
    }
    int year =
        chooseYear(
            y -> LocalDate.of(y, quarter * 3 - 2, 1),
            y -> LocalDate.of(y, quarter * 3, 1).plusMonths(1).minusDays(1),
            tense() == Tense.PAST);
    return String.format(Locale.ROOT, "%04d-Q%d", year, quarter);
  }

  /** The last quarter that has ended before the anchor ("the latest quarter"). */
  String lastQuarter(int yearsBack) {
    if (anchor == null) {
      return "PAST_REF";
    }
    LocalDate previous = anchor.minusMonths(3).minusYears(yearsBack);
    return Unit.QUARTER.point(previous);
  }

  /** A half without a year, like a quarter. */
  String half(int half) {
    if (anchor == null) {
      return "XXXX-H" + half;
    }
    int year =
        chooseYear(
            y -> LocalDate.of(y, half * 6 - 5, 1),
            y -> LocalDate.of(y, half * 6, 1).plusMonths(1).minusDays(1),
            false);
    return String.format(Locale.ROOT, "%04d-H%d", year, half);
  }

  /** The anchor's year plus {@code offset}, as a four-digit value. */
  String year(int offset) {
    return anchor == null
        ? (offset < 0 ? "PAST_REF" : offset > 0 ? "FUTURE_REF" : "PRESENT_REF")
        : String.format(Locale.ROOT, "%04d", anchor.getYear() + offset);
  }

  /** The anchor's year plus {@code offset}, or {@code null}. */
  Integer yearNumber(int offset) {
    return anchor == null ? null : anchor.getYear() + offset;
  }

  /**
   * Which year's occurrence of a yearly period is meant. When {@code strict}, a past clause takes
   * the latest that began by the anchor and a future clause the first that has not ended. Otherwise
   * the one nearest the anchor, where the tense makes the wrong side count {@link #WRONG_SIDE}
   * times as far.
   */
  private int chooseYear(IntFunction<LocalDate> from, IntFunction<LocalDate> to, boolean strict) {
    int y = anchor.getYear();
    Tense t = tense();
    if (strict && t == Tense.PAST) {
      for (int year = y + 1; year > y - 3; year--) {
        if (!from.apply(year).isAfter(anchor)) {
          return year;
        }
      }
    } else if (strict && t == Tense.FUTURE) {
      for (int year = y - 1; year < y + 3; year++) {
        if (!to.apply(year).isBefore(anchor)) {
          return year;
        }
      }
    }
    int best = y;
    long bestDistance = weighted(from.apply(y), to.apply(y), t);
    for (int year : new int[] {y - 1, y + 1}) {
      long d = weighted(from.apply(year), to.apply(year), t);
      if (d < bestDistance) {
        best = year;
        bestDistance = d;
      }
    }
    return best;
  }

  private long weighted(LocalDate from, LocalDate to, Tense t) {
    long d = distance(from, to);
    boolean later = anchor.isBefore(from);
    boolean earlier = anchor.isAfter(to);
    if (t == Tense.PAST && later || t == Tense.FUTURE && earlier) {
      return d * WRONG_SIDE;
    }
    return d;
  }

  private long distance(LocalDate from, LocalDate to) {
    if (anchor.isBefore(from)) {
      return from.toEpochDay() - anchor.toEpochDay();
    }
    if (anchor.isAfter(to)) {
      return anchor.toEpochDay() - to.toEpochDay();
    }
    return 0;
  }
}
