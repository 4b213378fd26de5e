package org.newsgraph.nlp.entity;

import org.newsgraph.core.EntityType;

/**
 * A name in the text: tokens {@code [from, to)} of one type. A person's name may be led by an
 * honorific ("Mr Abe"): the mention then starts at {@code mentionFrom}, the name at {@code from}.
 */
record NameSpan(int from, int to, int mentionFrom, EntityType type) {
  NameSpan {
    if (from < 0 || to <= from || mentionFrom > from || mentionFrom < 0) {
      throw new IllegalArgumentException("bad name span " + mentionFrom + "/" + from + "-" + to);
    }
  }

  /** The number of tokens of the name, without its honorific. */
  int length() {
    return to - from;
  }
}
