package org.newsgraph.index.query;

import java.util.List;
import org.newsgraph.index.KnownEntity;
import org.newsgraph.index.KnownEvent;
import org.newsgraph.index.StoredQuote;

/** Everything known of an entity: itself, its words, its events and its company. */
public record EntityProfile(
    KnownEntity entity,
    List<StoredQuote> quotes,
    List<KnownEvent> events,
    List<CoMention> coMentioned) {
  public EntityProfile {
    quotes = List.copyOf(quotes);
    events = List.copyOf(events);
    coMentioned = List.copyOf(coMentioned);
  }
}
