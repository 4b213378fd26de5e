package org.newsgraph.ingest.fetch;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import javax.net.ssl.SSLException;

/** Turns what the HTTP client throws into the one line a user reads ("connection refused"). */
final class ClientFailures {

  private final Duration connectTimeout;

  ClientFailures(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
  }

  /** The problem behind {@code failure}, met while {@code deadline} was running. */
  FetchProblem describe(Throwable failure, Deadline deadline) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof FetchProblem problem) {
        return problem;
      }
    }
    Throwable t = failure;
    while (t.getCause() != null
        && (t instanceof ExecutionException || t instanceof CompletionException)) {
      t = t.getCause();
    }
    if (t instanceof HttpConnectTimeoutException) {
      return new FetchProblem("could not connect within " + Deadline.describe(connectTimeout), t);
    }
    if (t instanceof HttpTimeoutException) {
      return deadline.expired();
    }
    if (t instanceof ConnectException) {
      String message = t.getMessage();
      return new FetchProblem(
          message == null || message.toLowerCase(Locale.ROOT).contains("refused")
              ? "connection refused"
              : "cannot connect: " + message,
          t);
    }
    if (t instanceof SSLException) {
      return new FetchProblem("TLS failed: " + t.getMessage(), t);
    }
    if (t instanceof IllegalArgumentException) {
      return new FetchProblem("invalid URL: " + t.getMessage(), t);
    }
    String message = t.getMessage();
    if (t instanceof EOFException || (message != null && message.contains("received no bytes"))) {
      return new FetchProblem("the server closed the connection without a full response", t);
    }
    return new FetchProblem(
        "cannot fetch: " + (message == null ? t.getClass().getSimpleName() : message), t);
  }
}
