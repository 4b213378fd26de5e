package org.newsgraph.ingest.fetch;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import org.newsgraph.core.Page;

/** What a conditional fetch found: a page, or word that the known version is still current. */
public sealed interface FetchResult {

  /**
   * A page as fetched.
   *
   * @param validators what to send next time to ask whether it changed (may be empty)
   * @param fetchedAt when the response arrived
   */
  record Fetched(Page page, Validators validators, Instant fetchedAt) implements FetchResult {
    public Fetched {
      Objects.requireNonNull(page, "page");
      Objects.requireNonNull(validators, "validators");
      Objects.requireNonNull(fetchedAt, "fetchedAt");
    }
  }

  /** The server answered 304: the version known by its validators has not changed. */
  record NotModified(URI url) implements FetchResult {
    public NotModified {
      Objects.requireNonNull(url, "url");
    }
  }
}
