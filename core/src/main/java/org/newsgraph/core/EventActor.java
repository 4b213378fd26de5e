package org.newsgraph.core;

import java.util.Objects;

/**
 * Who does an event, or to whom it is done.
 *
 * @param entity  the id of the actor's {@link Entity}, or {@code null} when the actor is not one
 *                ("officials", "North Korean state media" when the reader found no entity)
 * @param name    the entity's name when there is one, else the words of the text
 * @param text    the words that stand for the actor in this event ({@code "he"}, {@code "Mr Abe"})
 * @param country ISO 3166-1 alpha-3 code of the actor's country, {@code IGO} or {@code NGO} for
 *                international bodies, or {@code null} when the text does not say
 * @param sector  CAMEO-style sector ({@code GOV}, {@code MIL}, {@code MED}, ...) or {@code null}
 */
public record EventActor(
    String entity, String name, String text, int start, int end, String country, String sector)
    implements Grounded {
  public EventActor {
    Objects.requireNonNull(name, "name");
    Grounded.check(text, start, end);
  }
}
