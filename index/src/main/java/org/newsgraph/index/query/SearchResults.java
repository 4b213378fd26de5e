package org.newsgraph.index.query;

import java.util.List;
import java.util.Map;

/**
 * A page of articles and the facets of all the matches: {@code people}, {@code organisations},
 * {@code places}, {@code sources} and {@code months}, each by count.
 */
public record SearchResults(ResultPage<ArticleHit> results, Map<String, List<FacetValue>> facets) {
  public SearchResults {
    facets = Map.copyOf(facets);
  }
}
