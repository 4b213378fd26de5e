package org.newsgraph.pipeline;

/** What an ingest run made of one page. */
public enum PageOutcome {
  /** A new article, now in the index. */
  INDEXED,
  /** A new version of an article the index had under the same URL. */
  UPDATED,
  /** The index already had this article with this text. */
  UNCHANGED,
  /** The index has the same text under another URL. */
  DUPLICATE,
  /** This very page was ingested by an earlier run: not read again. */
  ALREADY_INGESTED,
  /** The server said the page has not changed since an earlier run fetched it: not fetched. */
  NOT_MODIFIED,
  /** Read, but not an article. */
  REJECTED,
  /** Could not be read, or reading it failed. */
  FAILED;

  /** Whether a later run may skip a page with this outcome (failures are tried again). */
  boolean isFinal() {
    return this != FAILED && this != ALREADY_INGESTED && this != NOT_MODIFIED;
  }
}
