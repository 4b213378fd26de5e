package org.newsgraph.core;

import java.util.List;
import java.util.Objects;

/**
 * Who did what to whom, where and when, as one article states it.
 *
 * @param id         unique within the article ("v1", "v2", ...)
 * @param action     our fine-grained verb class: {@code meet}, {@code call}, {@code accuse}, ...
 * @param type       the PLOVER category ({@code CONSULT}, {@code ACCUSE}, ...), or {@code null}
 *                   where PLOVER has none (statements)
 * @param mode       the PLOVER mode ({@code phone}, {@code visit}, ...) or {@code null}
 * @param cameo      the CAMEO event code ("040", "112", ...)
 * @param source     who acts; empty when the text does not say
 * @param target     to whom or against whom; empty when there is none
 * @param place      where, or {@code null}
 * @param when       when, or {@code null}
 * @param count      how many times ("twice" is 2, "two missiles" is 2), or {@code null}
 * @param evidence   the words that state the event
 * @param trigger    the word or words that name the action ("met", "summit", "imposed ... tariffs")
 * @param quote      the id of the {@link Quote} that carries it (a claim, not the article's own
 *                   report), or {@code null}
 * @param confidence from 0 to 1: how sure the reader is of the event and its actors
 */
public record Event(
    String id,
    String action,
    String type,
    String mode,
    String cameo,
    List<EventActor> source,
    List<EventActor> target,
    EventPlace place,
    EventTime when,
    EventStatus status,
    Polarity polarity,
    Integer count,
    Evidence evidence,
    Evidence trigger,
    String quote,
    double confidence) {

  public Event {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(polarity, "polarity");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(trigger, "trigger");
    source = List.copyOf(source);
    target = List.copyOf(target);
    if (count != null && count < 1) {
      throw new IllegalArgumentException("count " + count + " is not positive");
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence " + confidence + " is not in [0, 1]");
    }
  }
}
