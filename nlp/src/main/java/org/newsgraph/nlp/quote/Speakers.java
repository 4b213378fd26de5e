package org.newsgraph.nlp.quote;

import org.newsgraph.core.Entity;
import org.newsgraph.core.Speaker;
import org.newsgraph.nlp.text.Token;

/**
 * Turns a source noun phrase into a {@link Speaker}: the span is the phrase's head ("Mr Chun",
 * "the ministry", "he", "who"), the entity is the one whose mentions overlap it (for a pronoun, the
 * entity of its antecedent), and the name is that entity's name, else the antecedent's or the
 * span's own text. A relative pronoun names the noun phrase before it.
 */
final class Speakers {

  private final TokenView view;
  private final NounPhrases phrases;
  private final EntityIndex entities;
  private final Antecedents antecedents;

  Speakers(TokenView view, EntityIndex entities) {
    this.view = view;
    this.phrases = new NounPhrases(view);
    this.entities = entities;
    this.antecedents = new Antecedents(view, entities);
  }

  /** The speaker named by the source tokens {@code [start, end)}. */
  Speaker of(int start, int end) {
    if (end - start == 1 && (phrases.isPronoun(start) || view.pos(start).equals("PRP$"))) {
      return pronoun(view.token(start));
    }
    if (end - start == 1 && phrases.isRelative(start)) {
      int[] antecedent = phrases.endingAt(view.word(start - 1).equals(",") ? start - 1 : start);
      if (antecedent != null) {
        Speaker named = of(antecedent[0], antecedent[1]);
        Token token = view.token(start);
        return new Speaker(named.entity(), named.name(), token.start(), token.end());
      }
    }
    int[] head = phrases.head(new int[] {start, end});
    int from = view.token(head[0]).start();
    int to = view.token(head[1] - 1).end();
    String text = view.text.substring(from, to);
    Entity entity = entities.at(from, to);
    if (entity == null && view.token(head[1] - 1).isNamed()) {
      entity = entities.named(text);
    }
    return entity == null
        ? new Speaker(null, text, from, to)
        : new Speaker(entity.id(), entity.name(), from, to);
  }

  private Speaker pronoun(Token token) {
    Entity entity = entities.at(token.start(), token.end());
    if (entity != null) {
      return new Speaker(entity.id(), entity.name(), token.start(), token.end());
    }
    int[] antecedent = antecedents.of(token.index());
    if (antecedent == null) {
      return new Speaker(null, token.text(), token.start(), token.end());
    }
    String text = view.text.substring(antecedent[0], antecedent[1]);
    entity = entities.at(antecedent[0], antecedent[1]);
    if (entity == null) {
      entity = entities.named(text);
    }
    return entity == null
        ? new Speaker(null, text, token.start(), token.end())
        : new Speaker(entity.id(), entity.name(), token.start(), token.end());
  }
}
