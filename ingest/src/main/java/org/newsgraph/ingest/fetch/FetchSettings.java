package org.newsgraph.ingest.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * How pages are fetched.
 *
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long one fetch may take in all, redirects and body included
 * @param maxRedirects how many redirects are followed before giving up
 * @param maxBytes the largest body accepted, as sent and once decoded
 * @param allowPrivate whether loopback, private and link-local addresses may be fetched
 * @param userAgent the User-Agent header sent
 */
public record FetchSettings(
    Duration connectTimeout,
    Duration requestTimeout,
    int maxRedirects,
    long maxBytes,
    boolean allowPrivate,
    String userAgent) {

  public static final String USER_AGENT =
      "NewsGraph/0.1 (+https://github.com/newsgraph/newsgraph; self-hosted news reader)";

  public FetchSettings {
    requirePositive(connectTimeout, "connectTimeout");
    requirePositive(requestTimeout, "requestTimeout");
    Objects.requireNonNull(userAgent, "userAgent");
    if (maxRedirects < 0 || maxBytes <= 0) {
      throw new IllegalArgumentException("maxRedirects must be >= 0 and maxBytes > 0");
    }
  }

  /** Ten-second connect, thirty-second request, five redirects, 16 MiB, public addresses only. */
  public static FetchSettings defaults() {
    return new FetchSettings(
        Duration.ofSeconds(10), Duration.ofSeconds(30), 5, 16L * 1024 * 1024, false, USER_AGENT);
  }

  public FetchSettings withAllowPrivate(boolean allow) {
    return new FetchSettings(
        connectTimeout, requestTimeout, maxRedirects, maxBytes, allow, userAgent);
  }

  public FetchSettings withRequestTimeout(Duration timeout) {
    return new FetchSettings(
        connectTimeout, timeout, maxRedirects, maxBytes, allowPrivate, userAgent);
  }

  public FetchSettings withMaxRedirects(int redirects) {
    return new FetchSettings(
        connectTimeout, requestTimeout, redirects, maxBytes, allowPrivate, userAgent);
  }

  public FetchSettings withMaxBytes(long bytes) {
    return new FetchSettings(
        connectTimeout, requestTimeout, maxRedirects, bytes, allowPrivate, userAgent);
  }

  private static void requirePositive(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + duration);
    }
  }
}
