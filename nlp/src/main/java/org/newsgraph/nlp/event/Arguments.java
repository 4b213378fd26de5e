package org.newsgraph.nlp.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.core.EventActor;

/**
 * Who does an event and to whom, by syntax: subjects (or the "by" phrase of a passive),
 * objects and "with", "to", "against", "on", "over" phrases, "between A and B", possessors of
 * event nouns ("their summit", "Kim's request"), and for a verb without a subject the subject it
 * inherits from the clause it depends on ("agreed to cooperate", "urged Trump to maintain",
 * "Abe's effort ... recommending him").
 */
final class Arguments {

  private static final Set<String> SUBJECTS = Set.of("nsubj");
  private static final Set<String> TARGET_CASES =
      Set.of("with", "to", "against", "on", "over", "into", "toward", "towards", "from", "at", "upon");
  private static final Set<String> OBJECT_CONTROL = Set.of(
      "urge", "ask", "force", "allow", "order", "persuade", "press", "encourage", "tell", "invite", "call",
      "pressure", "push", "permit", "help", "warn", "remind");
  /** Nouns whose possessor is the one who acts: "Trump's decision to grant". */
  private static final Set<String> AGENTIVE_NOUNS = Set.of(
      "decision", "effort", "move", "plan", "attempt", "bid", "offer", "proposal", "push", "refusal",
      "failure", "willingness", "readiness", "promise", "pledge", "threat", "campaign", "drive", "intention");
  /** Nouns whose possessor asks, and someone else acts: "Kim's request to suspend". */
  private static final Set<String> APPEAL_NOUNS = Set.of("request", "call", "demand", "appeal", "plea", "invitation");
  /** Verbs whose object noun names the event: "held talks", "staged exercises". */
  static final Set<String> LIGHT_VERBS = Set.of(
      "hold", "have", "conduct", "stage", "launch", "make", "reach", "sign", "attend", "host", "begin",
      "start", "resume", "renew", "open", "complete", "continue", "undertake", "carry", "mount", "join", "seek");

  /** Verbs that send something at what their "at" phrase names ("fired shells at the town"). */
  private static final Set<String> AIMING_VERBS =
      Set.of("fire", "shoot", "launch", "lob", "hurl", "throw", "aim", "point", "direct");
  /** PLOVER categories of the use of force. */
  private static final Set<String> FORCE = Set.of("FIGHT", "ASSAULT", "MOBILIZE", "COERCE");

  /** Head words of a phrase that names a building ("Hofstad House", "the Grand Hotel"). */
  private static final Set<String> BUILDINGS = Set.of(
      "house", "museum", "hall", "palace", "hotel", "building", "centre", "center", "square", "airport",
      "station", "church", "cathedral", "castle", "stadium", "venue", "residence", "manor", "villa");

  private final ActorFinder finder;

  Arguments(ActorFinder finder) {
    this.finder = finder;
  }

  void fill(Draft d, DependencyGraph g, ArticleContext context) {
    if (d.noun) {
      nounArguments(d, g, context);
    } else {
      verbArguments(d, g, context);
    }
    d.target.removeIf(t -> d.source.stream().anyMatch(s -> s.name().equals(t.name())));
  }

  private void verbArguments(Draft d, DependencyGraph g, ArticleContext context) {
    int t = d.trigger;
    int subject = g.child(t, SUBJECTS);
    int passive = g.child(t, Set.of("nsubj:pass"));
    // "he's withdrawn": a contracted "'s" before a participle is "has", whatever the parser says.
    int passiveAux = g.child(t, Set.of("aux:pass"));
    if (subject >= 0 && passive < 0 && passiveAux >= 0) {
      passive = subject;
      subject = -1;
    } else if (passive >= 0 && passiveAux >= 0 && g.token(passiveAux).text().equals("'s")) {
      subject = passive;
      passive = -1;
    }
    if (subject >= 0) {
      Draft.addNew(d.source, agent(g, subject, context));
    }
    if (passive >= 0) {
      Draft.addNew(d.target, finder.actors(g, passive, context));
    }
    if (subject < 0 && passive < 0 && isBareParticiple(g, t)) {
      if (g.label(t).equals("acl") && g.head(t) >= 0) {
        Draft.addNew(d.target, finder.actors(g, g.head(t), context));
      }
    } else if (subject < 0 && passive < 0) {
      Draft.addNew(d.source, inherited(g, t, context));
    }
    for (int c : g.children(t, Set.of("obl", "nmod"))) {
      String word = g.caseWord(c);
      if (word.equals("by") && passive >= 0) {
        Draft.addNew(d.source, finder.actors(g, c, context));
      } else if (word.equals("between")) {
        Draft.addNew(d.source.isEmpty() ? d.source : d.target, finder.actors(g, c, context));
      } else if (TARGET_CASES.contains(word) && !isVenue(g, c, d, context)) {
        Draft.addNew(d.target, actorsWithin(g, c, context));
      }
    }
    for (int c : g.children(t, Set.of("obj", "iobj"))) {
      Draft.addNew(d.target, actorsWithin(g, c, context));
      d.target.removeIf(a -> d.source.stream().anyMatch(b -> b.name().equals(a.name())));
      if (d.target.isEmpty()) {
        for (int m : g.children(c, Set.of("nmod"))) {
          if (TARGET_CASES.contains(g.caseWord(m)) && !isVenue(g, m, d, context)) {
            Draft.addNew(d.target, actorsWithin(g, m, context));
          }
        }
      }
    }
    if (d.second >= 0 && g.head(d.second) >= 0) {
      for (int c : g.children(d.second, Set.of("nmod"))) {
        if (TARGET_CASES.contains(g.caseWord(c)) && !isVenue(g, c, d, context)) {
          Draft.addNew(d.target, actorsWithin(g, c, context));
        }
      }
    }
    if (d.target.isEmpty()) {
      Draft.addNew(d.target, complementTargets(g, t, d, context));
    }
    boolean thingActs = d.second >= 0
        && (g.head(t) == d.second || g.child(t, Set.of("nsubj", "nsubj:pass")) == d.second);
    if (d.source.isEmpty() && thingActs) {
      // "a Russian missile came down": the country of the weapon fired it.
      Draft.addNew(d.source, actorsWithin(g, d.second, context));
      d.target.removeIf(a -> d.source.stream().anyMatch(b -> b.name().equals(a.name())));
    }
  }

  /** A past participle used as a passive modifier ("citizens believed kidnapped"). */
  private static boolean isBareParticiple(DependencyGraph g, int t) {
    return g.pos(t).equals("VBN")
        && g.children(t, Set.of("aux", "aux:pass")).isEmpty()
        && Set.of("acl", "xcomp", "amod", "advcl").contains(g.label(t));
  }

  /** The actors of a subject: the possessor of "decision", "effort" and the like, else itself. */
  private List<EventActor> agent(DependencyGraph g, int subject, ArticleContext context) {
    if (AGENTIVE_NOUNS.contains(g.lemma(subject))) {
      int possessor = g.child(subject, Set.of("nmod:poss"));
      if (possessor >= 0) {
        return finder.actors(g, possessor, context);
      }
    }
    return finder.actors(g, subject, context);
  }

  /**
   * Actors in a phrase: the possessor of a thing ("its auto industry" is Japan's), else the
   * phrase itself, else its own "of/on/to/by" phrase ("calls by Belarus's rulers"), else a
   * country or body modifying it ("a U.N. Security Council resolution").
   */
  private List<EventActor> actorsWithin(DependencyGraph g, int head, ArticleContext context) {
    int possessor = g.child(head, Set.of("nmod:poss"));
    boolean thing = !g.token(head).isProperNoun() && !finder.isActorWord(g.token(head));
    if (possessor >= 0 && !g.token(head).isProperNoun()) {
      List<EventActor> owners = finder.actors(g, possessor, context);
      if (!owners.isEmpty()) {
        return thing ? owners : finder.withSectorOf(owners, g, head);
      }
    }
    List<EventActor> found = finder.actors(g, head, context);
    if (!found.isEmpty()) {
      return found;
    }
    if (possessor >= 0) {
      found = finder.actors(g, possessor, context);
      if (!found.isEmpty()) {
        return found;
      }
    }
    for (int c : g.children(head, Set.of("nmod"))) {
      if (TARGET_CASES.contains(g.caseWord(c)) || Set.of("of", "by").contains(g.caseWord(c))) {
        found = actorsWithin(g, c, context);
        if (!found.isEmpty()) {
          return found;
        }
      }
    }
    for (int c : g.children(head, Set.of("compound", "amod"))) {
      if (finder.isCountryWord(g.token(c)) || (thing && g.token(c).isProperNoun())) {
        found = finder.actors(g, c, context);
        found.removeIf(a -> a.country() == null);
        if (!found.isEmpty()) {
          return found;
        }
      }
    }
    return List.of();
  }

  /** The subject a verb without one takes from the clause or noun it depends on. */
  private List<EventActor> inherited(DependencyGraph g, int t, ArticleContext context) {
    int at = t;
    for (int steps = 0; steps < 6; steps++) {
      int gov = g.head(at);
      if (gov < 0) {
        return List.of();
      }
      String label = g.label(at);
      if (label.equals("ccomp") || label.equals("parataxis") || label.equals("acl:relcl") || label.equals("dep")) {
        return List.of();
      }
      List<EventActor> found = List.of();
      if (g.token(gov).isVerb() || g.pos(gov).startsWith("JJ")) {
        int object = g.child(gov, Set.of("obj"));
        if (label.equals("xcomp") && object >= 0 && OBJECT_CONTROL.contains(g.lemma(gov))) {
          found = finder.actors(g, object, context);
        } else {
          int subject = g.child(gov, Set.of("nsubj", "nsubj:pass"));
          if (subject >= 0) {
            found = agent(g, subject, context);
          } else if (g.label(gov).equals("acl") && g.head(gov) >= 0) {
            found = finder.actors(g, g.head(gov), context);
          }
        }
      } else if (g.pos(gov).startsWith("NN")) {
        int possessor = g.child(gov, Set.of("nmod:poss"));
        if (possessor >= 0 && !APPEAL_NOUNS.contains(g.lemma(gov))) {
          found = finder.actors(g, possessor, context);
        }
      }
      if (!found.isEmpty()) {
        return found;
      }
      at = gov;
    }
    return List.of();
  }

  /** "demanded that the US cancel", "threatened to cut off electricity to X": the complement's actors. */
  private List<EventActor> complementTargets(DependencyGraph g, int t, Draft d, ArticleContext context) {
    for (int c : g.children(t, Set.of("ccomp", "xcomp"))) {
      int subject = g.child(c, Set.of("nsubj", "nsubj:pass"));
      if (subject >= 0) {
        List<EventActor> found = new ArrayList<>(finder.actors(g, subject, context));
        found.removeIf(a -> d.source.stream().anyMatch(b -> b.name().equals(a.name())));
        if (!found.isEmpty()) {
          return found;
        }
      }
      for (int o : g.children(c, Set.of("obj", "obl", "iobj"))) {
        String word = g.caseWord(o);
        if (word.isEmpty() || TARGET_CASES.contains(word) || word.equals("for")) {
          List<EventActor> found = actorsWithin(g, o, context);
          if (!found.isEmpty()) {
            return found;
          }
        }
      }
    }
    return List.of();
  }

  private void nounArguments(Draft d, DependencyGraph g, ArticleContext context) {
    int n = d.node;
    int first = n;
    while (g.label(first).equals("conj") && g.head(first) >= 0) {
      first = g.head(first);
    }
    int gov = g.head(first);
    boolean light = gov >= 0 && (LIGHT_VERBS.contains(g.lemma(gov)) || gov == d.second);
    if (light && g.token(gov).isVerb() && g.label(first).equals("obj")) {
      int subject = g.child(gov, SUBJECTS);
      if (subject < 0 && g.label(gov).equals("conj") && g.head(gov) >= 0) {
        // "would raise it with NATO and would seek a call with X": the first verb's subject.
        subject = g.child(g.head(gov), SUBJECTS);
      }
      if (subject >= 0) {
        Draft.addNew(d.source, agent(g, subject, context));
      }
      for (int c : g.children(gov, Set.of("obl"))) {
        if (TARGET_CASES.contains(g.caseWord(c)) && !isVenue(g, c, d, context)) {
          Draft.addNew(d.target, finder.actors(g, c, context));
        }
      }
    }
    boolean agentKnown = !d.source.isEmpty();
    int possessor = g.child(n, Set.of("nmod:poss"));
    if (possessor >= 0) {
      Draft.addNew(agentKnown ? d.target : d.source, finder.actors(g, possessor, context));
    }
    for (int c : g.children(n, Set.of("compound", "amod"))) {
      List<Integer> parts = compoundParts(g, c);
      if (parts.size() == 1 && finder.isPlace(g.token(c), context)) {
        continue;
      }
      if (g.token(c).isProperNoun() || g.token(c).isNamed()) {
        for (int part : parts) {
          Draft.addNew(agentKnown ? d.target : d.source, finder.actors(g, part, context));
        }
      }
    }
    for (int c : g.children(n, Set.of("nmod"))) {
      String word = g.caseWord(c);
      if (word.equals("by") || (word.equals("of") && !agentKnown)) {
        Draft.addNew(d.source, finder.actors(g, c, context));
      } else if (word.equals("between")) {
        Draft.addNew(agentKnown ? d.target : d.source, finder.actors(g, c, context));
      } else if (TARGET_CASES.contains(word) && !isVenue(g, c, d, context)) {
        Draft.addNew(d.target, finder.actors(g, c, context));
      }
    }
  }

  /**
   * "signed at the Polar Museum", "met at Geneva", "held exercises at Vladivostok": a building or
   * a place is where the event happens, not a party to it; but force aimed at a place ("fired
   * shells at Seoul") is aimed at its country.
   */
  private boolean isVenue(DependencyGraph g, int c, Draft d, ArticleContext context) {
    if (!g.caseWord(c).equals("at") || isAimedAt(g, c, d)) {
      return false;
    }
    return BUILDINGS.contains(ArticleContext.lower(g.lemma(c))) || finder.isPlace(g.token(c), context);
  }

  /**
   * Whether {@code c} is what force is aimed at: the "at" phrase of a verb of aiming, or of what
   * it sends ("fired shells at Seoul").
   */
  private static boolean isAimedAt(DependencyGraph g, int c, Draft d) {
    int verb = g.head(c);
    if (verb >= 0 && g.label(verb).equals("obj")) {
      verb = g.head(verb);
    }
    return d.action.type() != null && FORCE.contains(d.action.type()) && verb >= 0 && g.token(verb).isVerb()
        && AIMING_VERBS.contains(g.lemma(verb));
  }

  /** The name words of a hyphenated compound ("Trump-Kim"): each part on its own. */
  private static List<Integer> compoundParts(DependencyGraph g, int c) {
    List<Integer> parts = new ArrayList<>();
    parts.add(c);
    for (int sub : g.children(c, Set.of("compound"))) {
      boolean hyphen = sub + 2 == c && Set.of("-", "\u2013", "--").contains(g.token(sub + 1).text());
      if (g.token(sub).isProperNoun() && hyphen) {
        parts.add(sub);
      }
    }
    return parts;
  }
}
