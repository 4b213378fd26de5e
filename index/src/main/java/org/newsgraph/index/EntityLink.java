package org.newsgraph.index;

import java.util.Objects;

/**
 * Ties an article's own entity to the entity it was merged into across articles.
 *
 * @param local the entity's id within the article ("e1")
 * @param entity the merged entity's id in the index
 */
public record EntityLink(String local, String entity) {
  public EntityLink {
    Objects.requireNonNull(local, "local");
    Objects.requireNonNull(entity, "entity");
  }
}
