package org.newsgraph.nlp.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import org.newsgraph.core.TimeExpression;
import org.newsgraph.core.TimeType;
import org.newsgraph.nlp.text.TextAnalysis;
import org.newsgraph.nlp.text.Token;

/**
 * Finds time expressions with precompiled rules in the manner of HeidelTime: every rule is tried at
 * the token starts just before its trigger words, the longest match wins where matches overlap (the
 * earlier rule on a tie), and each survivor is resolved against the publication date and the tense
 * of its clause. Values relative to an earlier date of the text ("the day before") take the last
 * day-level date the text gave, else the publication date.
 *
 * <p>Immutable and safe to share across threads.
 */
public final class RuleTimeTagger implements TimeTagger {

  /** How many tokens before a trigger a match may start (as in "more than a decade ago"). */
  private static final int BEHIND = 6;

  /** How many tokens after a trigger a match may end (as in "Friday, Oct. 13, 1989"). */
  private static final int AHEAD = 8;

  private final List<TimexRule> rules;

  public RuleTimeTagger() {
    List<TimexRule> all = new ArrayList<>();
    all.addAll(ClockRules.rules());
    all.addAll(SetRules.rules());
    all.addAll(CalendarRules.rules());
    all.addAll(RelativeRules.rules());
    all.addAll(DurationRules.rules());
    this.rules = List.copyOf(all);
  }

  private record Candidate(int start, int end, int rule, Timex timex) {
    int length() {
      return end - start;
    }

    boolean overlaps(Candidate other) {
      return start < other.end && other.start < end;
    }
  }

  @Override
  public List<TimeExpression> tag(TextAnalysis analysis, LocalDate anchor) {
    List<Token> tokens = analysis.tokens();
    String[] words = new String[tokens.size()];
    String[] tails = new String[tokens.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = tokens.get(i).text().toLowerCase(Locale.ROOT);
      int hyphen = words[i].lastIndexOf('-');
      tails[i] =
          hyphen > 0 && hyphen < words[i].length() - 1 ? words[i].substring(hyphen + 1) : null;
    }
    Map<Predicate<String>, boolean[]> triggered = new IdentityHashMap<>();
    List<Candidate> candidates = new ArrayList<>();
    for (int r = 0; r < rules.size(); r++) {
      boolean[] at =
          triggered.computeIfAbsent(rules.get(r).trigger(), t -> triggers(t, words, tails));
      scan(analysis, at, r, anchor, candidates);
    }
    return resolve(analysis.text(), select(candidates), anchor);
  }

  /**
   * Which tokens {@code trigger} accepts; a hyphenated token also by its last part
   * ("mid-November").
   */
  private static boolean[] triggers(Predicate<String> trigger, String[] words, String[] tails) {
    boolean[] at = new boolean[words.length];
    for (int i = 0; i < words.length; i++) {
      at[i] = trigger.test(words[i]) || tails[i] != null && trigger.test(tails[i]);
    }
    return at;
  }

  /**
   * Runs rule {@code r} anchored at each token start from a few tokens before each of its trigger
   * tokens up to the trigger itself.
   */
  private void scan(
      TextAnalysis analysis, boolean[] triggered, int r, LocalDate anchor, List<Candidate> out) {
    TimexRule rule = rules.get(r);
    List<Token> tokens = analysis.tokens();
    Matcher m = null;
    int tried = 0;
    for (int i = 0; i < triggered.length; i++) {
      if (!triggered[i]) {
        continue;
      }
      if (m == null) {
        m =
            rule.pattern()
                .matcher(analysis.text())
                .useTransparentBounds(true)
                .useAnchoringBounds(false);
      }
      int to = tokens.get(Math.min(triggered.length - 1, i + AHEAD)).end();
      for (int k = Math.max(tried, i - BEHIND); k <= i; k++) {
        m.region(tokens.get(k).start(), to);
        if (m.lookingAt() && m.end() > m.start()) {
          MatchContext context = new MatchContext(analysis, m.start(), m.end(), anchor);
          Timex timex = context.insideName() ? null : read(rule, m, context);
          if (timex != null) {
            out.add(new Candidate(m.start(), m.end(), r, timex));
          }
        }
      }
      tried = i + 1;
    }
  }

  private static Timex read(TimexRule rule, Matcher m, MatchContext context) {
    try {
      return rule.reader().read(m, context);
    } catch (DateTimeException | IllegalArgumentException e) {
      return null;
    }
  }

  /** The longest candidates that do not overlap, in text order. */
  private static List<Candidate> select(List<Candidate> candidates) {
    candidates.sort(
        Comparator.comparingInt(Candidate::length)
            .reversed()
            .thenComparingInt(Candidate::start)
            .thenComparingInt(Candidate::rule));
    List<Candidate> chosen = new ArrayList<>();
    for (Candidate c : candidates) {
      if (chosen.stream().noneMatch(c::overlaps)) {
        chosen.add(c);
      }
    }
    chosen.sort(Comparator.comparingInt(Candidate::start));
    return chosen;
  }

  /**
   * {@code value} ({@code 2019-06} or {@code 2019-06-12}) with the year given to its month before.
   */
  private static String withYearOfMonth(String value, Map<Integer, Integer> yearOfMonth) {
    Reference own = Reference.of(value);
    Integer year = own == null ? null : yearOfMonth.get(own.date().getMonthValue());
    return year == null ? value : String.format(Locale.ROOT, "%04d", year) + value.substring(4);
  }

  private static List<TimeExpression> resolve(
      String text, List<Candidate> chosen, LocalDate anchor) {
    List<TimeExpression> out = new ArrayList<>(chosen.size());
    Reference reference = anchor == null ? null : new Reference(anchor, Unit.DAY, false);
    Map<Integer, Integer> yearOfMonth = new HashMap<>();
    for (Candidate c : chosen) {
      Timex t = c.timex();
      String value = t.value();
      boolean yearless = t.anaphora() != null && t.anaphora().kind() == Timex.Kind.YEAR_OF_MONTH;
      if (yearless) {
        value = withYearOfMonth(value, yearOfMonth);
      } else if (t.anaphora() != null) {
        value =
            reference != null
                ? reference.resolve(t)
                : value != null ? value : Reference.unresolved(t.anaphora().unit());
      }
      if (t.type() == TimeType.DATE && (t.anaphora() == null || yearless)) {
        Reference mentioned = Reference.of(value);
        reference = mentioned == null ? reference : mentioned;
        if (!yearless && mentioned != null && mentioned.grain().compareTo(Unit.MONTH) <= 0) {
          yearOfMonth.put(mentioned.date().getMonthValue(), mentioned.date().getYear());
        }
      }
      out.add(
          new TimeExpression(
              text.substring(c.start(), c.end()), c.start(), c.end(), t.type(), value, t.mod()));
    }
    return out;
  }
}
