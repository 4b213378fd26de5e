package org.newsgraph.nlp.entity;

import java.util.List;
import org.newsgraph.core.Entity;
import org.newsgraph.core.Mention;

/**
 * An entity as the resolver read it, with what evaluation needs beside the record: the kind of
 * each mention ({@code kinds.get(i)} is that of {@code entity.mentions().get(i)}) and the names
 * alone, without honorifics ("Abe" for "Mr Abe").
 */
record ReadEntity(Entity entity, List<MentionKind> kinds, List<Mention> names) {
  ReadEntity {
    kinds = List.copyOf(kinds);
    names = List.copyOf(names);
    if (kinds.size() != entity.mentions().size()) {
      throw new IllegalArgumentException("one kind per mention");
    }
  }
}
