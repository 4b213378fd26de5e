package org.newsgraph.index.query;

import java.util.Objects;

/**
 * A search of articles.
 *
 * @param text words to find in titles and bodies ({@code "quoted phrases"}, {@code -not}, {@code a
 *     | b}); blank for every article, newest first
 * @param entity a merged entity's id the article must mention, or null
 * @param eventType a PLOVER event type the article must report ({@code CONSULT}), or null
 */
public record ArticleQuery(
    String text, DateRange dates, String entity, String eventType, Paging paging) {
  public ArticleQuery {
    Objects.requireNonNull(dates, "dates");
    Objects.requireNonNull(paging, "paging");
  }
}
