package org.newsgraph.ingest.source;

import java.time.Instant;
import java.util.Objects;
import org.newsgraph.core.Page;

/** One thing a source yields: a page, an unchanged page, or a failure. */
public sealed interface SourceItem {

  /** What the item is: a URL, a file, an archive record's target, or the source itself. */
  String ref();

  /**
   * A page read.
   *
   * @param fetchedAt when it was fetched (for a file, when it was last modified; for an archive
   *     record, its WARC-Date)
   */
  record Loaded(Page page, Instant fetchedAt) implements SourceItem {
    public Loaded {
      Objects.requireNonNull(page, "page");
      Objects.requireNonNull(fetchedAt, "fetchedAt");
    }

    @Override
    public String ref() {
      return page.source();
    }
  }

  /** A page the server says has not changed since it was last read (HTTP 304). */
  record NotModified(String ref) implements SourceItem {
    public NotModified {
      Objects.requireNonNull(ref, "ref");
    }
  }

  /**
   * An item that could not be read, or a problem with the source as a whole (then {@code ref} is
   * the source's name).
   *
   * @param problem one line naming what went wrong
   */
  record Failed(String ref, String problem) implements SourceItem {
    public Failed {
      Objects.requireNonNull(ref, "ref");
      Objects.requireNonNull(problem, "problem");
    }
  }
}
