package org.newsgraph.index;

import java.util.Objects;

/**
 * One actor of a merged event.
 *
 * @param entity the merged entity's id, or {@code null} when the actor is not an entity
 * @param name the actor's name
 * @param target whether it is acted upon rather than acting
 */
public record EventParty(String entity, String name, boolean target) {
  public EventParty {
    Objects.requireNonNull(name, "name");
  }
}
