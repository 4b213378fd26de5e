package org.newsgraph.ingest.fetch;

import org.newsgraph.ingest.PageLoadException;

/** A fetch answered with an HTTP status other than success: the message names URL and status. */
public final class HttpStatusException extends PageLoadException {

  private final int status;

  HttpStatusException(String source, String problem, int status) {
    super(source, problem);
    this.status = status;
  }

  /** The status code the server sent, such as 404 or 503. */
  public int status() {
    return status;
  }
}
