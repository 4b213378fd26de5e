package org.newsgraph.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A stable key for an event across articles: action, polarity, the sorted keys of all its actors
 * and its time value, so the same meeting reported by several sources gets one key and the
 * index can count its independent sources. An actor without an entity is keyed by its country
 * code when it has one ("North Korean state media" is {@code PRK/MED}), else by its normalised
 * words.
 *
 * @param actors sorted actor keys (sources and targets together)
 * @param time   the time value as the article gives it, or the empty string
 */
public record EventKey(String action, Polarity polarity, List<String> actors, String time) {

  public EventKey {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(polarity, "polarity");
    Objects.requireNonNull(time, "time");
    actors = List.copyOf(actors);
  }

  /** The key of {@code event}; {@code entities} are the article's entities by id. */
  public static EventKey of(Event event, Map<String, Entity> entities) {
    List<String> actors = new ArrayList<>();
    for (List<EventActor> side : List.of(event.source(), event.target())) {
      for (EventActor a : side) {
        String key = actorKey(a, a.entity() == null ? null : entities.get(a.entity()));
        if (!actors.contains(key)) {
          actors.add(key);
        }
      }
    }
    actors.sort(null);
    String time = event.when() == null ? "" : event.when().value();
    return new EventKey(event.action(), event.polarity(), actors, time);
  }

  private static String actorKey(EventActor actor, Entity entity) {
    if (entity != null) {
      return EntityKey.of(entity).value();
    }
    if (actor.country() != null) {
      return actor.sector() == null ? actor.country() : actor.country() + "/" + actor.sector();
    }
    return Keys.normalise(actor.name());
  }

  /** The key as one string, {@code meet|person:donald trump+person:kim jong un|2019-02-27/2019-02-28}. */
  public String value() {
    String act = polarity == Polarity.NEGATIVE ? "not " + action : action;
    return act.toLowerCase(Locale.ROOT) + "|" + String.join("+", actors) + "|" + time;
  }
}
