package org.newsgraph.extract.html;

import java.util.List;

/**
 * The elements chosen as the article, in document order, given by their statistics.
 *
 * @param parts the chosen elements' statistics; empty when the page has no article
 */
record ContentRegion(List<NodeStats> parts) {

  static final ContentRegion EMPTY = new ContentRegion(List.of());

  ContentRegion {
    parts = List.copyOf(parts);
  }

  boolean isEmpty() {
    return parts.isEmpty();
  }

  /** Whether the element of document-order number {@code order} lies inside the region. */
  boolean containsElement(int order) {
    for (NodeStats part : parts) {
      if (part.containsElement(order)) {
        return true;
      }
    }
    return false;
  }
}
