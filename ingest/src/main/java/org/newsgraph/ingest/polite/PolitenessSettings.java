package org.newsgraph.ingest.polite;

import java.time.Duration;
import java.util.Objects;

/**
 * How considerate fetching is.
 *
 * @param hostDelay the least time between the starts of two requests to one host
 * @param maxPerHost how many requests to one host may be in flight at once
 * @param maxCrawlDelay the longest robots.txt crawl-delay honoured; longer ones are cut to this
 * @param robotsAgent the name looked for in robots.txt user-agent lines
 */
public record PolitenessSettings(
    Duration hostDelay, int maxPerHost, Duration maxCrawlDelay, String robotsAgent) {

  /** The product token of {@link org.newsgraph.ingest.fetch.FetchSettings#USER_AGENT}. */
  public static final String ROBOTS_AGENT = "newsgraph";

  public PolitenessSettings {
    Objects.requireNonNull(hostDelay, "hostDelay");
    Objects.requireNonNull(maxCrawlDelay, "maxCrawlDelay");
    Objects.requireNonNull(robotsAgent, "robotsAgent");
    if (hostDelay.isNegative() || maxCrawlDelay.isNegative()) {
      throw new IllegalArgumentException("delays must not be negative");
    }
    if (maxPerHost < 1) {
      throw new IllegalArgumentException("maxPerHost must be at least 1: " + maxPerHost);
    }
    if (robotsAgent.isBlank()) {
      throw new IllegalArgumentException("robotsAgent must not be blank");
    }
  }

  /** One second between requests to a host, two at a time, crawl-delays up to 30 s. */
  public static PolitenessSettings defaults() {
    return new PolitenessSettings(Duration.ofSeconds(1), 2, Duration.ofSeconds(30), ROBOTS_AGENT);
  }

  public PolitenessSettings withHostDelay(Duration delay) {
    return new PolitenessSettings(delay, maxPerHost, maxCrawlDelay, robotsAgent);
  }

  public PolitenessSettings withMaxPerHost(int max) {
    return new PolitenessSettings(hostDelay, max, maxCrawlDelay, robotsAgent);
  }
}
