package org.newsgraph.nlp.time;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Map;

/**
 * The English words of time: month and weekday names, numbers in words and digits, ordinals, units,
 * seasons and parts of the day; each as a regular-expression fragment and as a reader of what the
 * fragment matched.
 */
final class TimeWords {

  private TimeWords() {}

  /** Any space between two words of an expression. */
  static final String SP = "\\s+";

  /** A hyphen or dash between two parts, with optional spaces. */
  static final String DASH = "\\s*[-\u2013\u2014]\\s*";

  /** An apostrophe, straight or curly. */
  static final String APOS = "['\u2019]";

  /** Month names and their abbreviations, capitalised. */
  static final String MONTH =
      "(?-i:January|February|March|April|May|June|July|August|September|October|November|December"
          + "|JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER"
          + "|Jan\\.?|Feb\\.?|Mar\\.|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";

  /** Weekday names and their abbreviations, capitalised. */
  static final String WEEKDAY =
      "(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
          + "|Mon\\.|Tues?\\.|Wed\\.|Thu(?:rs?)?\\.|Fri\\.|Sat\\.|Sun\\.)";

  /** A day of the month, with an optional ordinal suffix. */
  static final String DAY_NUMBER = "(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?(?!\\d)";

  /** A four-digit year from 1000 to 2099, not part of a longer number. */
  static final String YEAR =
      "(?<![\\w$\u00a3\u20ac.,])(?:1\\d{3}|20\\d{2})(?![\\w%\u00b0]|[.,]\\d)";

  private static final String[] SMALL = {
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen"
  };
  private static final String[] TENS = {
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"
  };
  private static final String[] ORDINALS = {
    "",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth"
  };

  private static final String UNIT_WORD = "(?:one|two|three|four|five|six|seven|eight|nine)";
  private static final String TENS_WORD =
      "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";
  private static final String TEEN_WORD =
      "(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";
  private static final String BELOW_HUNDRED =
      "(?:" + TENS_WORD + "(?:[- ]" + UNIT_WORD + ")?|" + TEEN_WORD + "|" + UNIT_WORD + ")";

  /** A number in words up to the thousands ("twenty-four", "a hundred", "two thousand"). */
  static final String NUMBER_WORDS =
      "(?:(?:(?:a|one|two|three|four|five|six|seven|eight|nine)[- ](?:hundred|thousand)"
          + "(?:[- ](?:and[- ])?"
          + BELOW_HUNDRED
          + ")?)|"
          + BELOW_HUNDRED
          + ")";

  /** A number in digits, with an optional decimal part or a following simple fraction. */
  static final String NUMBER_DIGITS =
      "(?<![\\w$\u00a3\u20ac.,])\\d{1,3}(?:,\\d{3})*(?:\\.\\d+|\\s+1/2)?(?![\\w%]|[.,]\\d)";

  /** A vague quantity ("several", "a few"). */
  static final String VAGUE =
      "(?:a\\s+few|few|several|some|many|a\\s+couple\\s+of|a\\s+number\\s+of"
          + "|dozens\\s+of|hundreds\\s+of|thousands\\s+of)";

  /** A count: digits, words, "a"/"an", "a dozen", "a couple of", or a vague quantity. */
  static final String NUMBER =
      "(?:"
          + NUMBER_DIGITS
          + "|\\b"
          + NUMBER_WORDS
          + "\\b|\\ba\\s+dozen\\b|\\bdozen\\b|\\ba\\s+couple(?:\\s+of)?\\b"
          + "|\\b"
          + VAGUE
          + "\\b|\\ban?\\b|\\ba\\s+half\\b|\\bhalf\\s+an?\\b)";

  /** An ordinal number up to the twenty-first, in words or digits. */
  static final String ORDINAL =
      "(?:\\d{1,2}(?:st|nd|rd|th)|twenty[- ]first|"
          + String.join("|", java.util.Arrays.copyOfRange(ORDINALS, 1, ORDINALS.length))
          + ")";

  /** A year said in words ("nineteen ninety-six", "two thousand and one"). */
  static final String YEAR_WORDS =
      "(?:(?:nineteen|eighteen|twenty)[- ](?:hundred|"
          + TEEN_WORD
          + "|"
          + TENS_WORD
          + "(?:[- ]"
          + UNIT_WORD
          + ")?|oh[- ]"
          + UNIT_WORD
          + ")|two[- ]thousand(?:[- ](?:and[- ])?(?:"
          + TEEN_WORD
          + "|"
          + UNIT_WORD
          + "))?)";

  /** A calendar unit, singular or plural. */
  static final String UNIT =
      "(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|quarters?|years?|decades?|centuries|century"
          + "|millenni(?:um|a))";

  /** A season name. */
  static final String SEASON = "(?:spring|summer|autumn|fall|winter)";

  /** A part of the day. */
  static final String PART_OF_DAY = "(?:morning|afternoon|evening|night|overnight)";

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));

  /** The month number (1-12) of a month name or abbreviation. */
  static int month(String word) {
    String key = word.toLowerCase(Locale.ROOT);
    Integer month = MONTHS.get(key.substring(0, Math.min(3, key.length())));
    if (month == null) {
      throw new IllegalArgumentException("not a month: " + word);
    }
    return month;
  }

  /** The day of the week of a weekday name or abbreviation. */
  static DayOfWeek weekday(String word) {
    String key = word.toLowerCase(Locale.ROOT);
    switch (key.substring(0, Math.min(2, key.length()))) {
      case "mo":
        return DayOfWeek.MONDAY;
      case "tu":
        return DayOfWeek.TUESDAY;
      case "we":
        return DayOfWeek.WEDNESDAY;
      case "th":
        return DayOfWeek.THURSDAY;
      case "fr":
        return DayOfWeek.FRIDAY;
      case "sa":
        return DayOfWeek.SATURDAY;
      case "su":
        return DayOfWeek.SUNDAY;
      default:
        throw new IllegalArgumentException("not a weekday: " + word);
    }
  }

  /** The day of the month in {@code "27th"} or {@code "27"}. */
  static int dayNumber(String text) {
    return Integer.parseInt(text.replaceAll("\\D", ""));
  }

  /**
   * The count in {@code text} (digits, words, "a", "a couple of"), or NaN when it is vague
   * ("several", "a few").
   */
  static double quantity(String text) {
    String s = text.toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ").replace(",", "");
    if (s.matches("\\d+(\\.\\d+)?")) {
      return Double.parseDouble(s);
    }
    if (s.matches("\\d+ 1/2")) {
      return Double.parseDouble(s.substring(0, s.indexOf(' '))) + 0.5;
    }
    switch (s) {
      case "a":
      case "an":
        return 1;
      case "a half":
      case "half a":
      case "half an":
        return 0.5;
      case "a couple":
      case "a couple of":
        return 2;
      case "a dozen":
      case "dozen":
        return 12;
      default:
        break;
    }
    if (s.matches(VAGUE)) {
      return Double.NaN;
    }
    return words(s);
  }

  private static double words(String s) {
    long total = 0;
    long current = 0;
    boolean any = false;
    for (String word : s.split("[- ]+")) {
      if (word.equals("and")) {
        continue;
      }
      int small = indexOf(SMALL, word);
      int tens = indexOf(TENS, word);
      if (small >= 0) {
        current += small;
      } else if (tens >= 2) {
        current += tens * 10L;
      } else if (word.equals("hundred")) {
        current = Math.max(current, 1) * 100;
      } else if (word.equals("thousand")) {
        total += Math.max(current, 1) * 1000;
        current = 0;
      } else if (word.equals("a")) {
        current = Math.max(current, 1);
      } else {
        return Double.NaN;
      }
      any = true;
    }
    return any ? total + current : Double.NaN;
  }

  /** The value of an ordinal ("third", "3rd", "twenty-first"), or -1. */
  static int ordinal(String text) {
    String s = text.toLowerCase(Locale.ROOT).replace(' ', '-');
    if (s.matches("\\d+(st|nd|rd|th)")) {
      return Integer.parseInt(s.substring(0, s.length() - 2));
    }
    if (s.equals("twenty-first")) {
      return 21;
    }
    return indexOf(ORDINALS, s);
  }

  /** The year said in words: "nineteen ninety-six" is 1996, "two thousand and one" 2001. */
  static int yearInWords(String text) {
    String s = text.toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("\\s+", " ");
    if (s.startsWith("two thousand")) {
      String rest = s.substring("two thousand".length()).replace(" and ", " ").trim();
      return 2000 + (rest.isEmpty() ? 0 : (int) words(rest));
    }
    int space = s.indexOf(' ');
    int century = (int) words(s.substring(0, space));
    String rest = s.substring(space + 1);
    if (rest.equals("hundred")) {
      return century * 100;
    }
    if (rest.startsWith("oh ")) {
      rest = rest.substring(3);
    }
    return century * 100 + (int) words(rest);
  }

  /** The unit a unit word names ("years" is {@link Unit#YEAR}; "nights" count days). */
  static Unit unit(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.startsWith("sec")) {
      return Unit.SECOND;
    } else if (w.startsWith("min")) {
      return Unit.MINUTE;
    } else if (w.startsWith("hour")) {
      return Unit.HOUR;
    } else if (w.startsWith("day") || w.startsWith("night")) {
      return Unit.DAY;
    } else if (w.startsWith("week")) {
      return Unit.WEEK;
    } else if (w.startsWith("month")) {
      return Unit.MONTH;
    } else if (w.startsWith("quarter")) {
      return Unit.QUARTER;
    } else if (w.startsWith("year")) {
      return Unit.YEAR;
    } else if (w.startsWith("decade")) {
      return Unit.DECADE;
    } else if (w.startsWith("centur")) {
      return Unit.CENTURY;
    } else if (w.startsWith("millenni")) {
      return Unit.CENTURY;
    }
    throw new IllegalArgumentException("not a unit: " + word);
  }

  /** How many of {@link #unit} a unit word stands for (a millennium is ten centuries). */
  static int unitFactor(String word) {
    return word.toLowerCase(Locale.ROOT).startsWith("millenni") ? 10 : 1;
  }

  /** The TIMEX3 season code: SP, SU, FA, WI. */
  static String season(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    switch (w) {
      case "spring":
        return "SP";
      case "summer":
        return "SU";
      case "winter":
        return "WI";
      default:
        return "FA";
    }
  }

  /** The TIMEX3 part-of-day code: MO, AF, EV, NI. */
  static String partOfDay(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.startsWith("morning")) {
      return "MO";
    } else if (w.startsWith("afternoon")) {
      return "AF";
    } else if (w.startsWith("evening")) {
      return "EV";
    }
    return "NI";
  }

  private static int indexOf(String[] words, String word) {
    for (int i = 0; i < words.length; i++) {
      if (words[i].equals(word)) {
        return i;
      }
    }
    return -1;
  }
}
