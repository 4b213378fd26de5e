package org.newsgraph.nlp.event;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.core.EventTime;
import org.newsgraph.core.TimeExpression;
import org.newsgraph.core.TimeType;
import org.newsgraph.nlp.text.Token;

/**
 * Attaches time expressions to event triggers by syntax: from the expression's head word up the
 * tree to the first trigger, never across a clausal complement, a coordination, a relative
 * clause or an argument. Only dates and times say when; a span of time ("45 minutes") says how
 * long, unless it "leads up to" a date, which makes it a range ending there.
 */
final class TimeAttacher {

  private static final Set<String> STOP = Set.of(
      "ccomp", "parataxis", "conj", "acl:relcl", "csubj", "nsubj", "nsubj:pass", "obj", "iobj", "appos");
  private static final Pattern SPAN = Pattern.compile("P(\\d+)([YMWD])");
  private static final Pattern BEFORE = Pattern.compile("\\b(leading up to|up to|before|prior to|preceding|ahead of)\\b");
  private static final Pattern AFTER = Pattern.compile("\\b(after|following)\\b");

  private TimeAttacher() {}

  /** The time of each trigger (token positions in the sentence) that has one. */
  static Map<Integer, EventTime> attach(
      DependencyGraph g, List<TimeExpression> times, Set<Integer> triggers, String text) {
    Map<Integer, EventTime> attached = new HashMap<>();
    Map<Integer, Integer> ranks = new HashMap<>();
    for (TimeExpression te : times) {
      int head = headOf(g, te);
      if (head < 0) {
        continue;
      }
      int[] found = climb(g, head, triggers);
      if (found == null) {
        continue;
      }
      EventTime time = timeOf(te, times, text);
      boolean point = te.type() == TimeType.DATE || te.type() == TimeType.TIME;
      if (!point && !time.value().contains("/")) {
        continue;
      }
      int rank = found[1] * 4
          + (time.value().contains("X") || time.value().endsWith("_REF") ? 100 : 0)
          + (te.type() == TimeType.TIME && !time.value().contains("/") ? 2 : 0);
      Integer before = ranks.get(found[0]);
      if (before == null || rank < before) {
        ranks.put(found[0], rank);
        attached.put(found[0], time);
      }
    }
    return attached;
  }

  /**
   * "have not spoken since they signed the deal on May 7", "since a meeting in October": the
   * date inside a "since" phrase or clause of {@code trigger}, as the time after which, or null.
   */
  static EventTime since(DependencyGraph g, List<TimeExpression> times, int trigger, String text) {
    for (int c : g.children(trigger, Set.of("advcl", "obl"))) {
      if (!g.caseWord(c).equals("since")) {
        continue;
      }
      for (TimeExpression te : times) {
        int head = headOf(g, te);
        if (head >= 0 && te.type() == TimeType.DATE && within(g, head, c)) {
          return new EventTime(te.value(), "AFTER", te.text(), te.start(), te.end());
        }
      }
    }
    return null;
  }

  /** "had not met until today": a denial that ends at a time, so the event happened then. */
  static boolean endsDenial(EventTime time, String text) {
    String before = text.substring(Math.max(0, time.start() - 6), time.start()).toLowerCase(Locale.ROOT);
    return before.endsWith("until ") || before.endsWith("till ");
  }

  private static boolean within(DependencyGraph g, int node, int root) {
    for (int at = node, steps = 0; at >= 0 && steps <= g.size(); at = g.head(at), steps++) {
      if (at == root) {
        return true;
      }
    }
    return false;
  }

  /** The token of {@code te} whose head lies outside it, or -1 when it is not in the sentence. */
  static int headOf(DependencyGraph g, TimeExpression te) {
    int best = -1;
    for (int i = 0; i < g.size(); i++) {
      Token t = g.token(i);
      if (t.start() >= te.start() && t.end() <= te.end()) {
        int h = g.head(i);
        boolean outside = h < 0 || g.token(h).start() < te.start() || g.token(h).end() > te.end();
        if (outside && best < 0) {
          best = i;
        }
      }
    }
    return best;
  }

  /** The trigger reached from {@code from} and the number of steps, or null. */
  private static int[] climb(DependencyGraph g, int from, Set<Integer> triggers) {
    int at = from;
    for (int steps = 1; steps <= g.size(); steps++) {
      int up = g.head(at);
      if (up < 0 || STOP.contains(g.label(at))) {
        return null;
      }
      if (triggers.contains(up)) {
        return new int[] {up, steps};
      }
      at = up;
    }
    return null;
  }

  private static EventTime timeOf(TimeExpression te, List<TimeExpression> all, String text) {
    String value = te.value();
    String mod = te.mod();
    Matcher span = SPAN.matcher(te.value());
    if (te.type() == TimeType.DURATION && span.matches()) {
      for (TimeExpression other : all) {
        if (other.start() >= te.end() && other.type() == TimeType.DATE && other.start() - te.end() < 80) {
          String between = text.substring(te.end(), other.start()).toLowerCase(Locale.ROOT);
          int amount = Integer.parseInt(span.group(1));
          char unit = span.group(2).charAt(0);
          if (BEFORE.matcher(between).find()) {
            String start = shift(other.value(), -amount, unit);
            if (start != null) {
              value = start + "/" + other.value();
              break;
            }
          } else if (AFTER.matcher(between).find()) {
            String end = shift(other.value(), amount, unit);
            if (end != null) {
              value = other.value() + "/" + end;
              break;
            }
          }
        }
      }
    }
    if (mod == null) {
      String before = text.substring(Math.max(0, te.start() - 6), te.start()).toLowerCase(Locale.ROOT);
      if (before.endsWith("since ")) {
        mod = "AFTER";
      } else if (before.endsWith("until ") || before.endsWith("before ")) {
        mod = "BEFORE";
      }
    }
    return new EventTime(value, mod, te.text(), te.start(), te.end());
  }

  /** {@code value} (a year, month or day) moved by {@code amount} units, at its own precision. */
  static String shift(String value, int amount, char unit) {
    try {
      if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
        LocalDate d = LocalDate.parse(value);
        return switch (unit) {
          case 'Y' -> d.plusYears(amount).toString();
          case 'M' -> d.plusMonths(amount).toString();
          case 'W' -> d.plusWeeks(amount).toString();
          default -> d.plusDays(amount).toString();
        };
      }
      if (value.matches("\\d{4}-\\d{2}")) {
        YearMonth m = YearMonth.parse(value);
        return switch (unit) {
          case 'Y' -> m.plusYears(amount).toString();
          case 'M' -> m.plusMonths(amount).toString();
          default -> null;
        };
      }
      if (value.matches("\\d{4}") && unit == 'Y') {
        return Year.parse(value).plusYears(amount).toString();
      }
    } catch (java.time.DateTimeException e) {
      return null;
    }
    return null;
  }
}
