package org.newsgraph.index;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsgraph.core.Article;
import org.newsgraph.core.Event;
import org.newsgraph.core.EventActor;
import org.newsgraph.core.EventKey;

/**
 * Folds one article's report of an event into the event merged across articles. A report from an
 * article already listed changes nothing; copies of one wire story count as one independent source.
 */
final class EventMerger {

  private EventMerger() {}

  /**
   * The merged event after {@code event} of {@code article} joins {@code known} (null when new).
   *
   * @param links the article's entity ids mapped to merged entity ids
   */
  static KnownEvent merge(
      KnownEvent known,
      String id,
      Event event,
      EventKey key,
      StoredArticleHead article,
      Map<String, String> links) {
    if (known != null && known.sources().stream().anyMatch(s -> s.article().equals(article.id()))) {
      return known;
    }
    List<EventSource> sources = new ArrayList<>(known == null ? List.of() : known.sources());
    Article a = article.article();
    sources.add(
        new EventSource(
            article.id(),
            article.story(),
            a.url(),
            a.site(),
            a.title(),
            a.published(),
            event.status(),
            event.evidence().text(),
            event.evidence().start(),
            event.evidence().end()));
    int independent = (int) sources.stream().map(EventSource::story).distinct().count();
    if (known != null) {
      return new KnownEvent(
          known.id(),
          known.key(),
          known.action(),
          known.type(),
          known.mode(),
          known.polarity(),
          known.actors(),
          known.time(),
          known.date(),
          sources,
          independent);
    }
    List<EventParty> actors = new ArrayList<>();
    for (EventActor actor : event.source()) {
      actors.add(party(actor, false, links));
    }
    for (EventActor actor : event.target()) {
      actors.add(party(actor, true, links));
    }
    String time = event.when() == null ? null : event.when().value();
    LocalDate date = dateOf(time);
    if (date == null) {
      date = a.publishedDate();
    }
    return new KnownEvent(
        id,
        key.value(),
        event.action(),
        event.type(),
        event.mode(),
        event.polarity(),
        actors,
        time,
        date == null ? null : date.toString(),
        sources,
        independent);
  }

  private static EventParty party(EventActor actor, boolean target, Map<String, String> links) {
    String entity = actor.entity() == null ? null : links.get(actor.entity());
    return new EventParty(entity, actor.name(), target);
  }

  /** The first day of a TIMEX3 date value or range ({@code 2019-02-27}, {@code 2019-02}). */
  static LocalDate dateOf(String value) {
    if (value == null) {
      return null;
    }
    try {
      if (value.length() >= 10 && value.charAt(4) == '-' && value.charAt(7) == '-') {
        return LocalDate.parse(value.substring(0, 10));
      }
      if (value.length() >= 7 && value.charAt(4) == '-' && Character.isDigit(value.charAt(6))) {
        return LocalDate.parse(value.substring(0, 7) + "-01");
      }
    } catch (DateTimeParseException e) {
      return null;
    }
    return null;
  }
}
