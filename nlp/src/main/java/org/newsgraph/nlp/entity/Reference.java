package org.newsgraph.nlp.entity;

/**
 * A mention of an entity in token terms: tokens {@code [mentionFrom, to)}, of which {@code [from,
 * to)} is the name itself (a name may be led by an honorific; for descriptions and pronouns the
 * two are the same).
 */
record Reference(MentionKind kind, int mentionFrom, int from, int to) {
  Reference {
    if (mentionFrom < 0 || from < mentionFrom || to <= from) {
      throw new IllegalArgumentException("bad reference " + mentionFrom + "/" + from + "-" + to);
    }
  }

  /** The reference of a name. */
  static Reference of(NameSpan name) {
    return new Reference(MentionKind.NAME, name.mentionFrom(), name.from(), name.to());
  }
}
