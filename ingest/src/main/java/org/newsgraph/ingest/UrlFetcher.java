package org.newsgraph.ingest;

import java.net.URI;
import org.newsgraph.core.Page;

/** Fetches one page over http(s). */
@FunctionalInterface
public interface UrlFetcher {

  /** The page at {@code uri}, with the server's content type and the final address. */
  Page fetch(URI uri) throws PageLoadException;
}
