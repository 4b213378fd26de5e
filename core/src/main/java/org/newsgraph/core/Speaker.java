package org.newsgraph.core;

import java.util.Objects;

/**
 * Who a quotation is attributed to, and where the text names them.
 *
 * @param entity the id of the speaker's {@link Entity}, or {@code null} when the speaker is not
 *               an entity of the article (for example "officials")
 * @param name   the speaker's name: the entity's name when there is one
 */
public record Speaker(String entity, String name, int start, int end) {
  public Speaker {
    Objects.requireNonNull(name, "name");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }
}
