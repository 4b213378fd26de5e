package org.newsgraph.nlp.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.nlp.text.Token;

/**
 * Demands made by reporting an obligation: "Russia said Sudan must return the helicopter", "a
 * reminder to Iraq that it must cooperate". The word that reports or names the clause is the
 * trigger of a demand; its subject demands, the clause's subject is the target.
 */
final class Obligations {

  private static final Set<String> CLAUSES = Set.of("ccomp", "acl");

  private Obligations() {}

  /** Whether a sentence may hold an obligation, so is worth parsing. */
  static boolean mayHold(List<Token> tokens) {
    return tokens.stream().anyMatch(t -> ArticleContext.lower(t.text()).equals("must"));
  }

  /** Demand triggers for the obligations of {@code g} that no trigger in {@code found} reports. */
  static List<ActionLexicon.Match> find(DependencyGraph g, Action demand, List<ActionLexicon.Match> found) {
    List<ActionLexicon.Match> out = new ArrayList<>();
    for (int i = 0; i < g.size(); i++) {
      if (!ArticleContext.lower(g.token(i).text()).equals("must") || !g.label(i).equals("aux")) {
        continue;
      }
      int clause = g.head(i);
      int reporter = clause < 0 ? -1 : g.head(clause);
      if (reporter < 0 || !CLAUSES.contains(g.baseLabel(clause)) || isTrigger(reporter, found, out)) {
        continue;
      }
      if (g.token(reporter).isVerb() || g.pos(reporter).startsWith("NN")) {
        out.add(new ActionLexicon.Match(reporter, -1, demand));
      }
    }
    return out;
  }

  private static boolean isTrigger(int index, List<ActionLexicon.Match> found, List<ActionLexicon.Match> added) {
    return found.stream().anyMatch(m -> m.index() == index || m.second() == index)
        || added.stream().anyMatch(m -> m.index() == index);
  }
}
