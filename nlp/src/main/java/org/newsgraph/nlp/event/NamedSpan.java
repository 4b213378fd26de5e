package org.newsgraph.nlp.event;

import org.newsgraph.core.EntityType;

/**
 * A stretch of text that names something: an entity's mention, or a run of name-tagged words
 * when no entity covers them.
 *
 * @param entity the entity's id, or {@code null} for a bare name
 * @param name   the entity's name, or the words themselves
 * @param type   the entity's type, or the name tagger's class mapped to one
 */
record NamedSpan(String entity, String name, EntityType type, int start, int end) {

  boolean covers(int offset) {
    return start <= offset && offset < end;
  }
}
