package org.newsgraph.bench.variation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsgraph.core.AnnotatedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.core.Cue;
import org.newsgraph.core.Entity;
import org.newsgraph.core.Event;
import org.newsgraph.core.EventActor;
import org.newsgraph.core.EventPlace;
import org.newsgraph.core.EventTime;
import org.newsgraph.core.Evidence;
import org.newsgraph.core.Mention;
import org.newsgraph.core.Quote;
import org.newsgraph.core.Role;
import org.newsgraph.core.Speaker;
import org.newsgraph.core.TimeExpression;

/**
 * Carries the facts of an article over to a rewritten text: every span goes where the {@link
 * SpanMap} puts it and takes the words that stand there; renamed entities take their new name
 * wherever a fact names them; time values move with the {@link DateShift}.
 */
final class FactRemap {

  private final SpanMap map;
  private final Map<String, String> newNames;
  private final DateShift shift;
  private final String text;

  /**
   * @param newNames new names by the article's entity ids
   */
  FactRemap(SpanMap map, Map<String, String> newNames, DateShift shift) {
    this.map = map;
    this.newNames = newNames;
    this.shift = shift;
    this.text = map.text();
  }

  /** {@code old}'s facts over {@code article}, whose text must be the map's text. */
  AnnotatedArticle apply(AnnotatedArticle old, Article article) {
    if (!article.text().equals(text)) {
      throw new IllegalArgumentException("the article's text is not the rewritten text");
    }
    return new AnnotatedArticle(
        article,
        old.entities().stream().map(this::entity).toList(),
        old.quotes().stream().map(this::quote).toList(),
        old.times().stream().map(this::time).toList(),
        old.events().stream().map(this::event).toList(),
        old.warnings());
  }

  private Entity entity(Entity e) {
    List<Mention> mentions =
        e.mentions().stream()
            .map(m -> span(m.start(), m.end()))
            .map(s -> new Mention(words(s), s.start(), s.end()))
            .toList();
    List<Role> roles = new ArrayList<>();
    for (Role r : e.roles()) {
      SpanMap.Span s = span(r.start(), r.end());
      roles.add(new Role(words(s), s.start(), s.end(), r.former()));
    }
    return new Entity(e.id(), e.type(), name(e.id(), e.name()), mentions, roles);
  }

  private Quote quote(Quote q) {
    SpanMap.Span s = span(q.start(), q.end());
    Speaker speaker = q.speaker();
    if (speaker != null) {
      SpanMap.Span at = span(speaker.start(), speaker.end());
      speaker =
          new Speaker(
              speaker.entity(), name(speaker.entity(), speaker.name()), at.start(), at.end());
    }
    Cue cue = q.cue();
    if (cue != null) {
      SpanMap.Span c = span(cue.start(), cue.end());
      cue = new Cue(words(c), c.start(), c.end());
    }
    return new Quote(q.id(), words(s), s.start(), s.end(), q.kind(), speaker, cue);
  }

  private TimeExpression time(TimeExpression t) {
    SpanMap.Span s = span(t.start(), t.end());
    return new TimeExpression(
        words(s), s.start(), s.end(), t.type(), shift.apply(t.value()), t.mod());
  }

  private Event event(Event e) {
    EventPlace place = e.place();
    if (place != null) {
      SpanMap.Span s = span(place.start(), place.end());
      place =
          new EventPlace(
              place.entity(),
              name(place.entity(), place.name()),
              words(s),
              s.start(),
              s.end(),
              place.country());
    }
    EventTime when = e.when();
    if (when != null) {
      SpanMap.Span s = span(when.start(), when.end());
      when = new EventTime(shift.apply(when.value()), when.mod(), words(s), s.start(), s.end());
    }
    return new Event(
        e.id(),
        e.action(),
        e.type(),
        e.mode(),
        e.cameo(),
        e.source().stream().map(this::actor).toList(),
        e.target().stream().map(this::actor).toList(),
        place,
        when,
        e.status(),
        e.polarity(),
        e.count(),
        evidence(e.evidence()),
        evidence(e.trigger()),
        e.quote(),
        e.confidence());
  }

  private EventActor actor(EventActor a) {
    SpanMap.Span s = span(a.start(), a.end());
    return new EventActor(
        a.entity(),
        name(a.entity(), a.name()),
        words(s),
        s.start(),
        s.end(),
        a.country(),
        a.sector());
  }

  private Evidence evidence(Evidence e) {
    SpanMap.Span s = span(e.start(), e.end());
    return new Evidence(words(s), s.start(), s.end());
  }

  private String name(String entity, String old) {
    return entity == null ? old : newNames.getOrDefault(entity, old);
  }

  private SpanMap.Span span(int start, int end) {
    return map.map(start, end);
  }

  private String words(SpanMap.Span s) {
    return text.substring(s.start(), s.end());
  }
}
