package org.newsgraph.ingest.source;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What one source gave: how many pages were loaded, found unchanged or failed, and each failure
 * with its reason.
 *
 * @param source the source as the user named it
 */
public record SourceReport(
    String source,
    SourceKind kind,
    int loaded,
    int notModified,
    int failed,
    List<SourceItem.Failed> failures) {

  public SourceReport {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(kind, "kind");
    failures = List.copyOf(failures);
  }

  /** One line: "feed.xml (feed): 12 loaded, 1 not modified, 2 failed". */
  public String summary() {
    return String.format(
        Locale.ROOT,
        "%s (%s): %d loaded, %d not modified, %d failed",
        source,
        kind.label(),
        loaded,
        notModified,
        failed);
  }
}
