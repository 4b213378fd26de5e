package org.newsgraph.index.query;

import java.util.List;

/**
 * One article found by a search.
 *
 * @param highlights passages of the body with the matched words in {@code <b>} tags
 */
public record ArticleHit(
    String id,
    String title,
    String url,
    String site,
    String published,
    String story,
    float score,
    List<String> highlights) {
  public ArticleHit {
    highlights = List.copyOf(highlights);
  }
}
