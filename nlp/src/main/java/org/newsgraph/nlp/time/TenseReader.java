package org.newsgraph.nlp.time;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.nlp.text.Sentence;
import org.newsgraph.nlp.text.Token;

/**
 * Reads the tense of the clause a time expression stands in from the parts of speech of the nearest
 * verb group: the one before the expression in its sentence, else the one after it. Perfects count
 * as past, modals of the future and plans ("is set for", "plans to", "is meeting") as future;
 * infinitives and participles take the tense of the verb that governs them.
 */
final class TenseReader {

  private static final Set<String> FUTURE_MODALS =
      Set.of(
          "will", "'ll", "shall", "wo", "would", "'d", "may", "might", "should", "must", "could");
  private static final Set<String> SCHEDULING = Set.of("plan", "schedule", "slate");
  private static final Set<String> PLANNED =
      Set.of("set", "schedule", "slate", "plan", "due", "expect", "poise");
  private static final Set<String> INTENDING =
      Set.of(
          "plan",
          "intend",
          "expect",
          "hope",
          "aim",
          "want",
          "seek",
          "prepare",
          "propose",
          "promise",
          "pledge",
          "vow",
          "threaten",
          "schedule",
          "set",
          "agree",
          "decide");
  private static final Set<String> PLAN_ADJECTIVES =
      Set.of(
          "due", "likely", "set", "about", "poised", "slated", "scheduled", "expected", "unlikely");

  private TenseReader() {}

  /**
   * The tense of a clause and how many tokens lie between its verb group and the expression: the
   * nearer the verb, the likelier it is the one the expression modifies.
   */
  record Clue(Tense tense, int distance) {
    static final Clue NONE = new Clue(Tense.UNKNOWN, Integer.MAX_VALUE);
  }

  /** The tense around tokens {@code [first, end)} (whole-text indices) of {@code sentence}. */
  static Clue around(Sentence sentence, int first, int end) {
    List<Token> tokens = sentence.tokens();
    int base = sentence.firstToken();
    Clue left = scanLeft(tokens, first - base - 1);
    return left.tense() != Tense.UNKNOWN ? left : scanRight(tokens, end - base);
  }

  private static Clue scanLeft(List<Token> tokens, int from) {
    for (int k = from; k >= 0; k--) {
      if (isVerbal(tokens.get(k))) {
        int g0 = groupStart(tokens, k);
        Tense tense = classify(tokens, g0, groupEnd(tokens, k));
        if (tense != Tense.UNKNOWN) {
          return new Clue(tense, from - k);
        }
        k = g0;
      }
    }
    return Clue.NONE;
  }

  private static Clue scanRight(List<Token> tokens, int from) {
    for (int k = Math.max(from, 0); k < tokens.size(); k++) {
      if (isVerbal(tokens.get(k))) {
        int g1 = groupEnd(tokens, k);
        Tense tense = classify(tokens, groupStart(tokens, k), g1);
        if (tense != Tense.UNKNOWN) {
          return new Clue(tense, k - from);
        }
        k = g1;
      }
    }
    return Clue.NONE;
  }

  private static boolean isVerbal(Token t) {
    return t.pos().startsWith("VB") || t.pos().equals("MD");
  }

  private static boolean isLink(Token t) {
    return t.pos().equals("TO") || t.pos().startsWith("RB");
  }

  private static int groupStart(List<Token> tokens, int k) {
    int g = k;
    int i = k - 1;
    while (i >= 0 && (isVerbal(tokens.get(i)) || isLink(tokens.get(i)))) {
      if (isVerbal(tokens.get(i))) {
        g = i;
      }
      i--;
    }
    return g;
  }

  private static int groupEnd(List<Token> tokens, int k) {
    int g = k;
    int i = k + 1;
    while (i < tokens.size() && (isVerbal(tokens.get(i)) || isLink(tokens.get(i)))) {
      if (isVerbal(tokens.get(i))) {
        g = i;
      }
      i++;
    }
    return g;
  }

  /** The tense of the verb group {@code [g0, g1]}; UNKNOWN when it has no finite verb. */
  private static Tense classify(List<Token> tokens, int g0, int g1) {
    if (g0 == g1 && isPlannedParticiple(tokens, g0)) {
      return Tense.FUTURE;
    }
    Token finite = null;
    int finiteAt = -1;
    boolean infinitive = false;
    for (int i = g0; i <= g1; i++) {
      Token t = tokens.get(i);
      String word = t.text().toLowerCase(Locale.ROOT);
      if (t.pos().equals("MD")) {
        if (FUTURE_MODALS.contains(word)) {
          return Tense.FUTURE;
        }
        return Tense.PRESENT;
      }
      if (t.pos().equals("TO")) {
        infinitive = true;
      }
      if (t.pos().startsWith("VB") && SCHEDULING.contains(t.lemma())) {
        return Tense.FUTURE;
      }
      if (finite == null
          && (t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP"))) {
        finite = t;
        finiteAt = i;
      }
    }
    if (finite == null) {
      Token head = tokens.get(g0);
      if (head.pos().equals("VBN")) {
        return PLANNED.contains(head.lemma()) ? Tense.FUTURE : Tense.PAST;
      }
      if (head.pos().equals("VBG") && head.lemma().equals("go") && infinitive) {
        return Tense.FUTURE;
      }
      return Tense.UNKNOWN;
    }
    if (finite.pos().equals("VBD")) {
      return Tense.PAST;
    }
    Token next = nextVerbal(tokens, finiteAt, g1);
    String lemma = finite.lemma();
    if (lemma.equals("have") && next != null && next.pos().equals("VBN")) {
      return Tense.PAST;
    }
    if (lemma.equals("be")) {
      if (next == null) {
        return after(tokens, g1);
      }
      if (next.pos().equals("VBG") || PLANNED.contains(next.lemma()) || infinitive) {
        return Tense.FUTURE;
      }
      return Tense.PRESENT;
    }
    if (infinitive && INTENDING.contains(lemma)) {
      return Tense.FUTURE;
    }
    return Tense.PRESENT;
  }

  /** "the summit set for Feb 27", "talks scheduled to start": a participle of a plan. */
  private static boolean isPlannedParticiple(List<Token> tokens, int k) {
    Token t = tokens.get(k);
    if (!PLANNED.contains(t.lemma()) || !(t.pos().equals("VBN") || t.pos().equals("VBD"))) {
      return false;
    }
    if (k + 1 >= tokens.size() || k == 0 || !tokens.get(k - 1).pos().startsWith("NN")) {
      return false;
    }
    String next = tokens.get(k + 1).text().toLowerCase(Locale.ROOT);
    return next.equals("for") || next.equals("to");
  }

  private static Token nextVerbal(List<Token> tokens, int after, int g1) {
    for (int i = after + 1; i <= g1; i++) {
      if (isVerbal(tokens.get(i)) || tokens.get(i).pos().equals("TO")) {
        return tokens.get(i);
      }
    }
    return null;
  }

  /** "is due", "is likely to", "are set for": a plan stated with an adjective. */
  private static Tense after(List<Token> tokens, int g1) {
    if (g1 + 1 < tokens.size()
        && PLAN_ADJECTIVES.contains(tokens.get(g1 + 1).text().toLowerCase(Locale.ROOT))) {
      return Tense.FUTURE;
    }
    return Tense.PRESENT;
  }
}
