package org.newsgraph.core;

import java.util.List;
import java.util.Objects;

/**
 * A person, organisation, place or group as one article knows it: its fullest name, every
 * mention that refers to it, and the roles the article gives it.
 *
 * @param id       unique within the article ("e1", "e2", ...)
 * @param name     the fullest form the article gives ("Shinzo Abe")
 * @param mentions every reference, names, descriptions and pronouns, in text order
 * @param roles    titles and descriptions, in text order
 */
public record Entity(String id, EntityType type, String name, List<Mention> mentions, List<Role> roles) {
  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    mentions = List.copyOf(mentions);
    roles = List.copyOf(roles);
  }
}
