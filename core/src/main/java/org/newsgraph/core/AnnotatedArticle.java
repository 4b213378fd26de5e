package org.newsgraph.core;

import java.util.List;
import java.util.Objects;

/**
 * An article with the facts read from it. Every fact's offsets point into {@code
 * article.text()}; the constructor refuses a fact whose text is not what stands there.
 */
public record AnnotatedArticle(
    Article article,
    List<Entity> entities,
    List<Quote> quotes,
    List<TimeExpression> times,
    List<Event> events,
    List<String> warnings) {

  public AnnotatedArticle {
    Objects.requireNonNull(article, "article");
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
    times = List.copyOf(times);
    events = List.copyOf(events);
    warnings = List.copyOf(warnings);
    String text = article.text();
    for (Entity e : entities) {
      e.mentions().forEach(m -> requireGrounded(m, text));
      e.roles().forEach(r -> requireGrounded(r, text));
    }
    for (Quote q : quotes) {
      requireGrounded(q, text);
      if (q.cue() != null) {
        requireGrounded(q.cue(), text);
      }
    }
    times.forEach(t -> requireGrounded(t, text));
    for (Event e : events) {
      requireGrounded(e.evidence(), text);
      requireGrounded(e.trigger(), text);
      e.source().forEach(a -> requireGrounded(a, text));
      e.target().forEach(a -> requireGrounded(a, text));
      if (e.place() != null) {
        requireGrounded(e.place(), text);
      }
      if (e.when() != null) {
        requireGrounded(e.when(), text);
      }
    }
  }

  private static void requireGrounded(Grounded fact, String text) {
    if (!fact.isGroundedIn(text)) {
      throw new IllegalArgumentException(
          "fact " + fact + " is not grounded in the article text at [" + fact.start() + ", " + fact.end() + ")");
    }
  }
}
