package org.newsgraph.nlp.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.EventPlace;
import org.newsgraph.nlp.text.Token;

/**
 * Where an event takes place: an "in", "at" or "near" phrase naming a place, attached to the
 * trigger, to its object ("signed an agreement in Paris"), to a participle that modifies it ("a
 * summit set for Feb 27-28 in Hanoi"), to the light verb whose object it is ("held exercises at
 * Vladivostok") or to its time expression.
 */
final class Places {

  private static final Set<String> CASES = Set.of("in", "at", "near", "inside", "outside");

  private final ActorCodes codes;

  Places(ActorCodes codes) {
    this.codes = codes;
  }

  EventPlace find(DependencyGraph g, int trigger, int timeHead, ArticleContext context) {
    List<Integer> anchors = new ArrayList<>();
    anchors.add(trigger);
    anchors.addAll(g.children(trigger, Set.of("acl", "obj")));
    int verb = g.head(trigger);
    if (verb >= 0 && g.label(trigger).equals("obj") && Arguments.LIGHT_VERBS.contains(g.lemma(verb))) {
      anchors.add(verb);
    }
    if (timeHead >= 0) {
      anchors.add(timeHead);
    }
    for (int anchor : anchors) {
      for (int c : g.children(anchor, Set.of("obl", "nmod"))) {
        if (CASES.contains(g.caseWord(c))) {
          EventPlace place = place(g, c, context);
          if (place != null) {
            return place;
          }
        }
      }
    }
    return null;
  }

  private EventPlace place(DependencyGraph g, int head, ArticleContext context) {
    Token t = g.token(head);
    NamedSpan span = context.at(t.start());
    if (span != null && (span.type() == EntityType.LOCATION || codes.code(span.name()) != null)) {
      String text = context.text().substring(span.start(), span.end());
      return new EventPlace(span.entity(), span.name(), text, span.start(), span.end(), codes.code(span.name()));
    }
    String code = codes.code(t.text());
    if (code != null && t.isProperNoun()) {
      return new EventPlace(null, t.text(), t.text(), t.start(), t.end(), code);
    }
    return null;
  }
}
