package org.newsgraph.ingest.fetch;

import org.newsgraph.ingest.ByteCounts;

/** Why a fetch failed, as one line for the user; the fetcher adds the URL. */
final class FetchProblem extends Exception {

  private final int status;

  FetchProblem(String problem) {
    this(problem, null);
  }

  FetchProblem(String problem, Throwable cause) {
    this(problem, cause, 0);
  }

  private FetchProblem(String problem, Throwable cause, int status) {
    super(problem, cause);
    this.status = status;
  }

  /** A response whose status is not one the fetcher accepts. */
  static FetchProblem status(int status) {
    return new FetchProblem(StatusText.of(status), null, status);
  }

  /** A body past {@code maxBytes}. */
  static FetchProblem tooLarge(long maxBytes) {
    return new FetchProblem("larger than " + ByteCounts.describe(maxBytes));
  }

  /** The same problem, met at {@code where}: "HTTP 404 Not Found (redirected to URL)". */
  FetchProblem at(String where) {
    return new FetchProblem(getMessage() + " (" + where + ")", getCause(), status);
  }

  /** The HTTP status that caused the problem, or 0 when it was not a status. */
  int status() {
    return status;
  }
}
