package org.newsgraph.nlp.event;

import java.util.Set;
import org.newsgraph.core.EventStatus;
import org.newsgraph.core.Polarity;

/**
 * Whether a trigger's event happened, is planned, expected or only possible, and whether the
 * text denies it: from auxiliaries, negation, determiners ("no calls"), the verbs that govern it
 * ("agreed to meet", "is expected to deliver", "refused to meet", "have yet to") and the
 * modifiers of event nouns ("a summit set for", "the planned visit").
 */
final class Modality {

  /**
   * What the text says of an event.
   *
   * @param announced whether its own actor declares it (planned or possible), which PLOVER codes
   *                  as an intention to cooperate or a threat
   */
  record Reading(EventStatus status, Polarity polarity, boolean announced) {}

  private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no", "neither", "nor");
  private static final Set<String> PLANNED_AUX = Set.of("will", "shall", "'ll", "wo");
  private static final Set<String> POSSIBLE_AUX = Set.of("would", "could", "might", "may", "should", "can", "ca");
  /** "Sudan must return the helicopter": possible, and demanded by someone else, not announced. */
  private static final Set<String> OBLIGED_AUX = Set.of("must");
  private static final Set<String> PLANNING = Set.of(
      "plan", "intend", "aim", "prepare", "set", "schedule", "due", "agree", "promise", "pledge", "vow",
      "decide", "offer", "commit", "ready", "willing", "prepared", "announce", "go", "resolve");
  private static final Set<String> EXPECTING = Set.of("expect", "likely", "anticipate", "poise", "predict", "forecast", "scheduled");
  private static final Set<String> WISHING = Set.of(
      "want", "hope", "seek", "wish", "consider", "propose", "threaten", "urge", "ask", "demand", "call",
      "push", "press", "need", "have", "able", "request", "encourage", "force", "allow", "warn",
      "insist", "appeal", "order", "invite", "tell", "persuade", "help");
  private static final Set<String> DENYING = Set.of("refuse", "decline", "fail", "reject", "yet", "unable", "avoid", "stop");
  private static final Set<String> CONDITIONS = Set.of("if", "unless", "whether");
  private static final Set<String> PLANNED_NOUN_MODIFIERS =
      Set.of("planned", "upcoming", "forthcoming", "next", "future", "proposed", "scheduled", "set", "due");
  private static final Set<String> POSSIBLE_NOUN_MODIFIERS = Set.of("possible", "potential", "prospective");
  /**
   * Verbs that say whether their subject event takes place ("the talks did not go ahead"); any
   * other verb says something of it ("the agreement did not stop an arms race").
   */
  private static final Set<String> OCCURRING = Set.of(
      "take", "happen", "occur", "go", "begin", "start", "resume", "continue", "proceed", "open",
      "materialize", "materialise");
  /** Verbs whose passive subject is an event set for later: "a call is planned for Friday". */
  private static final Set<String> SCHEDULING = Set.of("plan", "schedule", "set", "expect", "arrange", "slate");
  private static final Set<String> EMBEDDINGS = Set.of("xcomp", "ccomp", "advcl", "acl");

  private Modality() {}

  static Reading of(DependencyGraph g, Draft d, boolean noun) {
    if (noun && d.node != d.trigger && PLANNED_NOUN_MODIFIERS.contains(g.lemma(d.node))) {
      return new Reading(EventStatus.PLANNED, polarity(negated(g, d.node)), false);
    }
    return noun ? ofNoun(g, d.node) : ofVerb(g, d.trigger, 0);
  }

  /**
   * The word whose time is the event's: the event itself, or the verb that schedules or tells of
   * an event noun ("the call is planned for Friday", "the talks will take place on Monday").
   */
  static int timeAnchor(DependencyGraph g, Draft d) {
    if (!d.noun) {
      return d.node;
    }
    int governor = g.head(d.node);
    if (governor < 0 || !g.token(governor).isVerb()) {
      return d.node;
    }
    boolean scheduled = g.label(d.node).equals("nsubj:pass") && SCHEDULING.contains(g.lemma(governor));
    boolean occurs = g.label(d.node).equals("nsubj") && OCCURRING.contains(g.lemma(governor));
    return scheduled || occurs ? governor : d.node;
  }

  private static Reading ofVerb(DependencyGraph g, int t, int depth) {
    boolean negative = negated(g, t) || deniedSubject(g, t);
    EventStatus status = null;
    boolean announced = false;
    for (int c : g.children(t, Set.of("aux", "aux:pass"))) {
      String aux = g.lemma(c);
      String word = ArticleContext.lower(g.token(c).text());
      if (PLANNED_AUX.contains(aux) || PLANNED_AUX.contains(word)) {
        status = EventStatus.PLANNED;
        announced = true;
      } else if (POSSIBLE_AUX.contains(aux) || POSSIBLE_AUX.contains(word)) {
        status = EventStatus.HYPOTHETICAL;
        announced = true;
      } else if (OBLIGED_AUX.contains(word)) {
        status = EventStatus.HYPOTHETICAL;
      }
    }
    if (CONDITIONS.contains(g.caseWord(t))) {
      status = EventStatus.HYPOTHETICAL;
    }
    int governor = g.head(t);
    if (status == null && governor >= 0 && EMBEDDINGS.contains(g.baseLabel(t)) && depth < 3) {
      String gov = g.lemma(governor);
      boolean infinitive = g.caseWord(t).equals("to") || g.label(t).equals("xcomp");
      if (infinitive && DENYING.contains(gov)) {
        negative = !negative;
        status = EventStatus.HAPPENED;
      } else if (infinitive && EXPECTING.contains(gov)) {
        status = EventStatus.EXPECTED;
      } else if (infinitive && PLANNING.contains(gov)) {
        status = EventStatus.PLANNED;
        announced = true;
      } else if (infinitive && WISHING.contains(gov)) {
        status = EventStatus.HYPOTHETICAL;
        announced = true;
      }
      if (status != null) {
        Reading outer = ofVerb(g, governor, depth + 1);
        if (outer.status() == EventStatus.HYPOTHETICAL || outer.status() == EventStatus.PLANNED) {
          status = status == EventStatus.HAPPENED ? outer.status() : status;
        }
        if (outer.polarity() == Polarity.NEGATIVE && !DENYING.contains(gov)) {
          negative = !negative;
        }
      } else if (g.baseLabel(t).equals("advcl") && CONDITIONS.contains(g.caseWord(t))) {
        status = EventStatus.HYPOTHETICAL;
      } else if (!infinitive && isBare(g, t) && WISHING.contains(gov)) {
        // "demanded that Oslo lift the ban", "its call that Lima lift the ban": what is asked for.
        status = EventStatus.HYPOTHETICAL;
      } else if (infinitive) {
        // "expected to meet to sign a deal": a purpose is as certain as the event it serves.
        EventStatus outer = ofVerb(g, governor, depth + 1).status();
        status = outer == EventStatus.HAPPENED ? null : outer;
      }
    }
    if (status == null) {
      status = tense(g, t);
    }
    return new Reading(status, negative ? Polarity.NEGATIVE : Polarity.POSITIVE, announced);
  }

  /** A verb in its base form with no auxiliary: the subjunctive of "demand that Oslo lift". */
  private static boolean isBare(DependencyGraph g, int t) {
    return g.pos(t).equals("VB") && g.children(t, Set.of("aux", "aux:pass")).isEmpty();
  }

  private static EventStatus tense(DependencyGraph g, int t) {
    String pos = g.pos(t);
    boolean progressive = pos.equals("VBG")
        && g.children(t, Set.of("aux")).stream().anyMatch(c -> g.lemma(c).equals("be"));
    if (progressive) {
      return EventStatus.ONGOING;
    }
    return EventStatus.HAPPENED;
  }

  private static boolean negated(DependencyGraph g, int t) {
    for (int c : g.children(t, Set.of("advmod", "neg", "aux", "det"))) {
      if (NEGATORS.contains(ArticleContext.lower(g.token(c).text())) || NEGATORS.contains(g.lemma(c))) {
        return true;
      }
    }
    return false;
  }

  /** "Neither Peru nor Chile signed", "no country signed": a subject that denies its verb. */
  private static boolean deniedSubject(DependencyGraph g, int t) {
    int subject = g.child(t, Set.of("nsubj", "nsubj:pass"));
    if (subject < 0) {
      return false;
    }
    for (int c : g.children(subject, Set.of("cc", "det"))) {
      String word = ArticleContext.lower(g.token(c).text());
      if (word.equals("neither") || (word.equals("no") && g.label(c).equals("det"))) {
        return true;
      }
    }
    return false;
  }

  private static Reading ofNoun(DependencyGraph g, int n) {
    int first = n;
    while (g.label(first).equals("conj") && g.head(first) >= 0) {
      first = g.head(first);
    }
    boolean negative = negated(g, n) || negated(g, first);
    if (g.caseWord(n).equals("without") || g.caseWord(first).equals("without")) {
      negative = true;
    }
    for (int c : g.children(n, Set.of("amod", "acl", "compound"))) {
      String word = ArticleContext.lower(g.token(c).text());
      if (PLANNED_NOUN_MODIFIERS.contains(word) || PLANNED_NOUN_MODIFIERS.contains(g.lemma(c))) {
        return new Reading(EventStatus.PLANNED, polarity(negative), false);
      }
      if (word.equals("expected")) {
        return new Reading(EventStatus.EXPECTED, polarity(negative), false);
      }
      if (POSSIBLE_NOUN_MODIFIERS.contains(word)) {
        return new Reading(EventStatus.HYPOTHETICAL, polarity(negative), false);
      }
    }
    int governor = g.head(first);
    if (governor >= 0 && g.label(first).equals("nsubj:pass") && SCHEDULING.contains(g.lemma(governor))) {
      // "a call is planned for Friday", "talks are expected next week".
      Reading verb = ofVerb(g, governor, 0);
      EventStatus status = EXPECTING.contains(g.lemma(governor)) ? EventStatus.EXPECTED : EventStatus.PLANNED;
      boolean denied = verb.polarity() == Polarity.NEGATIVE;
      return new Reading(status, polarity(negative != denied), false);
    }
    boolean subject = governor >= 0 && g.label(first).equals("nsubj") && OCCURRING.contains(g.lemma(governor));
    if (governor >= 0 && g.token(governor).isVerb()
        && (Set.of("obj", "nsubj:pass").contains(g.label(first)) || subject)) {
      Reading verb = ofVerb(g, governor, 0);
      boolean denied = verb.polarity() == Polarity.NEGATIVE;
      return new Reading(verb.status(), polarity(negative != denied), verb.announced());
    }
    return new Reading(EventStatus.HAPPENED, polarity(negative), false);
  }

  private static Polarity polarity(boolean negative) {
    return negative ? Polarity.NEGATIVE : Polarity.POSITIVE;
  }
}
