package org.newsgraph.nlp.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.nlp.text.Token;

/**
 * Launches told from the munition's side: "a missile fired during an exercise came down near
 * the trawlers", "two rockets landed in the sea", "the missile was launched from a ship". The
 * participle that fires the munition, else the verb it is the subject of, is the trigger; the munition decides the action and gives the count and,
 * by its country word ("a Russian missile"), the one who fired it.
 */
final class Launches {

  private static final Set<String> MUNITIONS = Set.of("missile", "rocket", "projectile", "shell", "warhead");
  private static final Set<String> FIRING = Set.of("fire", "launch");
  private static final Set<String> LANDING =
      Set.of("land", "fall", "hit", "strike", "crash", "explode", "splash", "impact", "come");

  private Launches() {}

  /** Whether a sentence names a munition, so is worth parsing. */
  static boolean mayHold(List<Token> tokens) {
    return tokens.stream().anyMatch(t -> t.pos().startsWith("NN") && MUNITIONS.contains(ActionLexicon.lemma(t)));
  }

  /** Launch triggers for the munitions of {@code g} that no trigger in {@code found} covers. */
  static List<ActionLexicon.Match> find(DependencyGraph g, Action launch, List<ActionLexicon.Match> found) {
    List<ActionLexicon.Match> out = new ArrayList<>();
    for (int i = 0; i < g.size(); i++) {
      if (!g.pos(i).startsWith("NN") || !MUNITIONS.contains(ActionLexicon.lemma(g.token(i))) || covered(g, i, found)) {
        continue;
      }
      int trigger = -1;
      for (int c : g.children(i, Set.of("acl"))) {
        if (FIRING.contains(g.lemma(c)) && g.pos(c).equals("VBN")) {
          trigger = c;
        }
      }
      int verb = g.head(i);
      boolean subject = g.baseLabel(i).equals("nsubj");
      boolean moves = verb >= 0 && (FIRING.contains(g.lemma(verb)) || lands(g, verb));
      if (trigger < 0 && subject && moves && !isTrigger(verb, found)) {
        trigger = verb;
      }
      if (trigger >= 0) {
        out.add(new ActionLexicon.Match(trigger, i, launch));
      }
    }
    return out;
  }

  /** "landed", "fell", "came down". */
  private static boolean lands(DependencyGraph g, int verb) {
    String lemma = g.lemma(verb);
    if (lemma.equals("come")) {
      return g.children(verb, Set.of("compound:prt", "advmod")).stream()
          .anyMatch(c -> ArticleContext.lower(g.token(c).text()).equals("down"));
    }
    return LANDING.contains(lemma);
  }

  /** Whether a found trigger already names the munition ("fired two missiles"). */
  private static boolean covered(DependencyGraph g, int munition, List<ActionLexicon.Match> found) {
    for (ActionLexicon.Match m : found) {
      if (m.second() == munition || m.index() == munition || m.index() == g.head(munition)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isTrigger(int index, List<ActionLexicon.Match> found) {
    return found.stream().anyMatch(m -> m.index() == index);
  }
}
