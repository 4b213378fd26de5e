package org.newsgraph.nlp.time;

import java.util.Locale;

/** The TIMEX3 {@code mod} of the words that qualify a time expression. */
final class Modifiers {

  private Modifiers() {}

  /** Words that bound a quantity: "more than", "at least", "nearly", "about". */
  static final String QUANTITY =
      "(?:more\\s+than|well\\s+over|just\\s+over|over(?!\\s+the)|upwards\\s+of|at\\s+least|less\\s+than|just\\s+under"
          + "|under|up\\s+to|at\\s+most|no\\s+more\\s+than|nearly|almost|about|around|some|roughly"
          + "|approximately|close\\s+to|an\\s+estimated)";

  /** Words that pick part of a period: "early", "mid", "the end of". */
  static final String POSITION =
      "(?:early|late|mid|the\\s+(?:beginning|start|end|middle)\\s+of|(?:the\\s+)?(?:early|late|mid)(?=\\s*-?\\s*['\u2019\\d]))";

  /** START, MID or END for "early", "mid", "late", "the end of", "earlier", "later"; else null. */
  static String position(String words) {
    if (words == null) {
      return null;
    }
    String w = words.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (w.contains("end") || w.contains("late")) {
      return "END";
    }
    if (w.contains("mid")) {
      return "MID";
    }
    if (w.contains("early")
        || w.contains("earlier")
        || w.contains("beginning")
        || w.contains("start")) {
      return "START";
    }
    return null;
  }

  /** The mod of a bounded duration: MORE_THAN, EQUAL_OR_MORE, LESS_THAN, EQUAL_OR_LESS, APPROX. */
  static String quantity(String words) {
    if (words == null) {
      return null;
    }
    String w = words.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    switch (w) {
      case "more than":
      case "over":
      case "well over":
      case "just over":
      case "upwards of":
        return "MORE_THAN";
      case "at least":
        return "EQUAL_OR_MORE";
      case "less than":
      case "under":
      case "just under":
      case "nearly":
      case "almost":
        return "LESS_THAN";
      case "up to":
      case "at most":
      case "no more than":
        return "EQUAL_OR_LESS";
      default:
        return "APPROX";
    }
  }

  /**
   * The mod of a point reached by counting back ("more than a decade ago" is BEFORE the year a
   * decade ago; "nearly two years ago" is AFTER the point two years ago).
   */
  static String countedBack(String words) {
    String mod = quantity(words);
    if (mod == null) {
      return null;
    }
    switch (mod) {
      case "MORE_THAN":
      case "EQUAL_OR_MORE":
        return "BEFORE";
      case "LESS_THAN":
      case "EQUAL_OR_LESS":
        return "AFTER";
      default:
        return mod;
    }
  }
}
