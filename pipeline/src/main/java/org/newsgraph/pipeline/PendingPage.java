package org.newsgraph.pipeline;

import org.newsgraph.core.Page;
import org.newsgraph.ingest.PageLoadException;

/** One page of a source, not yet read. */
public interface PendingPage {

  /** The page's name in reports: its path or URL. */
  String source();

  /** Reads the page; the exception names the page and the problem. */
  Page load() throws PageLoadException;

  /** Whether the server said the page has not changed since it was last read: nothing to load. */
  default boolean notModified() {
    return false;
  }
}
