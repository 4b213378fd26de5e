package org.newsgraph.core;

import java.util.Objects;

/**
 * Where an event takes place.
 *
 * @param entity  the id of the place's {@link Entity}, or {@code null}
 * @param name    the entity's name when there is one, else the words of the text
 * @param country ISO 3166-1 alpha-3 code of the country the place is in, or {@code null}
 */
public record EventPlace(String entity, String name, String text, int start, int end, String country)
    implements Grounded {
  public EventPlace {
    Objects.requireNonNull(name, "name");
    Grounded.check(text, start, end);
  }
}
