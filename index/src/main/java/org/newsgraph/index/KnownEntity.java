package org.newsgraph.index;

import java.util.List;
import java.util.Objects;
import org.newsgraph.core.EntityType;

/**
 * An entity merged across the articles that mention it.
 *
 * @param id stable id in the index
 * @param name the fullest name of the first article that named it
 * @param aliases every name it went by, as written, sorted
 * @param keys its normalised names ({@link org.newsgraph.core.EntityKey}): the key's name first,
 *     then the other aliases sorted; later articles' entities join it by these
 * @param roles its roles with the dates they were seen, in date order
 * @param articles ids of the articles that mention it, in ingest order
 * @param mentions mentions over all articles
 * @param firstSeen earliest publication date among its articles, or {@code null}
 * @param lastSeen latest publication date among its articles, or {@code null}
 */
public record KnownEntity(
    String id,
    EntityType type,
    String name,
    List<String> aliases,
    List<String> keys,
    List<RoleSeen> roles,
    List<String> articles,
    int mentions,
    String firstSeen,
    String lastSeen) {
  public KnownEntity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
    keys = List.copyOf(keys);
    roles = List.copyOf(roles);
    articles = List.copyOf(articles);
  }
}
