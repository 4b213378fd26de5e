package org.newsgraph.ingest.source;

import java.net.URI;

/** What a feed, sitemap or URL list gives: an address to fetch, or an item already decided. */
sealed interface Link {

  /** A page address to fetch. */
  record Address(URI uri) implements Link {}

  /** An entry that is already an item: a bad line, an unreadable child sitemap, a cap reached. */
  record Decided(SourceItem item) implements Link {}

  static Link failed(String ref, String problem) {
    return new Decided(new SourceItem.Failed(ref, problem));
  }
}
