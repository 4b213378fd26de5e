package org.newsgraph.ingest.fetch;

import java.util.Optional;

/**
 * What a server said identifies one version of a page, sent back to ask whether it changed
 * (conditional GET).
 *
 * @param etag the {@code ETag} header, or {@code null}
 * @param lastModified the {@code Last-Modified} header as sent, or {@code null}
 */
public record Validators(String etag, String lastModified) {

  /** No validators: an unconditional request. */
  public static final Validators NONE = new Validators(null, null);

  public Validators {
    etag = blankToNull(etag);
    lastModified = blankToNull(lastModified);
  }

  /** Whether there is nothing to send. */
  public boolean isEmpty() {
    return etag == null && lastModified == null;
  }

  public Optional<String> etagValue() {
    return Optional.ofNullable(etag);
  }

  public Optional<String> lastModifiedValue() {
    return Optional.ofNullable(lastModified);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
