package org.newsgraph.pipeline;

import java.util.List;

/**
 * Where pages come from: a file, a directory, a URL, and later feeds, sitemaps and archives.
 * Listing the pages may read the source (a directory walk, a feed fetch); a source that cannot be
 * listed reports it as a page that fails to load, never by throwing.
 */
public interface PageSource {

  /** The source as the user named it. */
  String name();

  /** The pages of the source, in order. */
  List<PendingPage> pages();
}
