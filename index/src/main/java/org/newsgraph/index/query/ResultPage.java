package org.newsgraph.index.query;

import java.util.List;

/**
 * One page of results and how many there are in all.
 *
 * @param total every match, not only this page's
 */
public record ResultPage<T>(long total, int page, int size, List<T> items) {
  public ResultPage {
    items = List.copyOf(items);
  }
}
