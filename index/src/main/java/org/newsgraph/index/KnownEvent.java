package org.newsgraph.index;

import java.util.List;
import java.util.Objects;
import org.newsgraph.core.Polarity;

/**
 * An event merged across the articles that report it, by {@link org.newsgraph.core.EventKey}.
 *
 * @param key the event key's value
 * @param type PLOVER category or {@code null}
 * @param time the time value the first report gives, or {@code null}
 * @param date the ISO date the event is placed on (its time, else its first report's publication
 *     date), or {@code null}
 * @param sources every article that reports it, in ingest order
 * @param independentSources how many different stories report it: syndicated copies count once
 */
public record KnownEvent(
    String id,
    String key,
    String action,
    String type,
    String mode,
    Polarity polarity,
    List<EventParty> actors,
    String time,
    String date,
    List<EventSource> sources,
    int independentSources) {
  public KnownEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(polarity, "polarity");
    actors = List.copyOf(actors);
    sources = List.copyOf(sources);
  }
}
