package org.newsgraph.nlp.entity;

import java.util.List;
import org.newsgraph.core.EntityType;

/** Which entity's name, if any, each token belongs to (honorifics included). Built per text. */
final class NameIndex {

  private final EntityDraft[] owner;

  NameIndex(TokenView doc, List<EntityDraft> drafts) {
    this.owner = new EntityDraft[doc.size()];
    for (EntityDraft draft : drafts) {
      for (Reference r : draft.references(MentionKind.NAME)) {
        for (int i = r.mentionFrom(); i < r.to(); i++) {
          owner[i] = draft;
        }
      }
    }
  }

  /** The entity whose name token {@code i} is in, or null. */
  EntityDraft owner(int i) {
    return owner[i];
  }

  /** The type of the name token {@code i} is in, or null. */
  EntityType type(int i) {
    return owner[i] == null ? null : owner[i].type();
  }
}
