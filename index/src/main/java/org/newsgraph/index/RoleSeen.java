package org.newsgraph.index;

import java.util.Objects;

/**
 * A role an entity was given in one article, with the article's publication date.
 *
 * @param date ISO date of the article, or {@code null} when it has none
 * @param article the id of the article
 */
public record RoleSeen(String text, boolean former, String date, String article) {
  public RoleSeen {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(article, "article");
  }
}
