package org.newsgraph.ingest.fetch;

import org.newsgraph.ingest.ByteCounts;

/** Why a fetch failed, as one line for the user; the fetcher adds the URL. */
final class FetchProblem extends Exception {

  FetchProblem(String problem) {
    super(problem);
  }

  FetchProblem(String problem, Throwable cause) {
    super(problem, cause);
  }

  /** A body past {@code maxBytes}. */
  static FetchProblem tooLarge(long maxBytes) {
    return new FetchProblem("larger than " + ByteCounts.describe(maxBytes));
  }
}
