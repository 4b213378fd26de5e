package org.newsgraph.ingest.polite;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.newsgraph.ingest.PageLoadException;
import org.newsgraph.ingest.fetch.FetchResult;
import org.newsgraph.ingest.fetch.HttpFetcher;

/**
 * Fetches like a good guest: refuses addresses the fetcher's guard refuses before anything is sent
 * (robots.txt included), checks the host's robots.txt (refusing disallowed addresses),
 * waits its turn at the host (per-host delay, the host's crawl-delay if longer, and a cap on
 * requests in flight), then asks conditionally with the validators remembered for the address.
 * Limits, the address guard and the User-Agent are the {@link HttpFetcher}'s. Robots rules are
 * those of the address asked for; a redirect to another host is followed without its robots.txt.
 * Safe to share between threads.
 */
public final class PoliteFetcher {

  private final HttpFetcher http;
  private final PolitenessSettings settings;
  private final ValidatorStore validators;
  private final RobotsCache robots;
  private final HostThrottle throttle;

  public PoliteFetcher(HttpFetcher http, PolitenessSettings settings, ValidatorStore validators) {
    this(http, settings, validators, Pacer.SYSTEM);
  }

  PoliteFetcher(
      HttpFetcher http, PolitenessSettings settings, ValidatorStore validators, Pacer pacer) {
    this.http = http;
    this.settings = settings;
    this.validators = validators;
    this.robots = new RobotsCache(http, settings.robotsAgent());
    this.throttle = new HostThrottle(settings.maxPerHost(), pacer);
  }

  /**
   * The page at {@code uri}, or {@link FetchResult.NotModified} when it has not changed since the
   * version whose validators are remembered. Throws when robots.txt forbids it or the fetch fails.
   */
  public FetchResult fetch(URI uri) throws PageLoadException {
    http.checkAddress(uri);
    HostRobots rules = robots.forHost(uri);
    Optional<String> refusal = rules.refusal(uri);
    if (refusal.isPresent()) {
      throw new PageLoadException(uri.toString(), refusal.get());
    }
    try (HostThrottle.Turn turn = throttle.enter(RobotsCache.hostKey(uri), delay(rules))) {
      return http.fetch(uri, validators.get(uri));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PageLoadException(uri.toString(), "interrupted");
    }
  }

  /** Where the validators of fetched pages are remembered and read. */
  public ValidatorStore validators() {
    return validators;
  }

  private Duration delay(HostRobots rules) {
    Duration asked = rules.crawlDelay().orElse(Duration.ZERO);
    if (asked.compareTo(settings.maxCrawlDelay()) > 0) {
      asked = settings.maxCrawlDelay();
    }
    return asked.compareTo(settings.hostDelay()) > 0 ? asked : settings.hostDelay();
  }
}
