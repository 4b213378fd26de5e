package org.newsgraph.index.query;

import java.util.Objects;

/**
 * A search of articles.
 *
 * @param text words to find in titles and bodies ({@code "quoted phrases"}, {@code -not}, {@code a
 *     | b}); blank for every article, newest first
 * @param entity a merged entity's id the article must mention, or null
 * @param eventType a PLOVER event type the article must report ({@code CONSULT}), or null
 * @param source the site the article comes from, exactly as the {@code sources} facet names it,
 *     or null
 */
public record ArticleQuery(
    String text, DateRange dates, String entity, String eventType, String source, Paging paging) {
  public ArticleQuery {
    Objects.requireNonNull(dates, "dates");
    Objects.requireNonNull(paging, "paging");
  }

  /** A search from any source. */
  public ArticleQuery(
      String text, DateRange dates, String entity, String eventType, Paging paging) {
    this(text, dates, entity, eventType, null, paging);
  }
}
