package org.newsgraph.pipeline;

import java.util.Iterator;
import java.util.OptionalInt;

/**
 * Where pages come from: a file, a directory, a URL, a feed, a sitemap, an archive. The pages are
 * read lazily, in order, on the run's one listing thread, so a large archive is never held in
 * memory; a source that cannot be read gives a page that fails to load, never an exception.
 */
public interface PageSource {

  /** The source as the user named it. */
  String name();

  /** The pages of the source, in order; asked for once per run. */
  Iterator<PendingPage> pages();

  /**
   * How many pages the source gives in all, when it can tell cheaply (perhaps only once its first
   * page is read); empty when it cannot.
   */
  default OptionalInt expected() {
    return OptionalInt.empty();
  }

  /**
   * Called once the run has committed everything this source gave, and not when the run failed:
   * a source may then remember what it read (validators for conditional requests) and let go of
   * its resources.
   */
  default void committed() {}
}
