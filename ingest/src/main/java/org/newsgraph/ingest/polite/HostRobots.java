package org.newsgraph.ingest.polite;

import crawlercommons.robots.BaseRobotRules;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * What one host's robots.txt says: its rules, or why the whole host is off limits (robots.txt
 * unreadable, or answered with a server error, which asks crawlers to come back later).
 */
final class HostRobots {

  private final BaseRobotRules rules;
  private final String hostRefusal;

  private HostRobots(BaseRobotRules rules, String hostRefusal) {
    this.rules = rules;
    this.hostRefusal = hostRefusal;
  }

  static HostRobots obeying(BaseRobotRules rules) {
    return new HostRobots(rules, null);
  }

  static HostRobots refusing(String why) {
    return new HostRobots(null, why);
  }

  /** Why {@code uri} may not be fetched, if it may not. */
  Optional<String> refusal(URI uri) {
    if (hostRefusal != null) {
      return Optional.of(hostRefusal);
    }
    return rules.isAllowed(uri.toString())
        ? Optional.empty()
        : Optional.of("disallowed by robots.txt");
  }

  /** The crawl-delay the host asks for, if any. */
  Optional<Duration> crawlDelay() {
    if (rules == null || rules.getCrawlDelay() == BaseRobotRules.UNSET_CRAWL_DELAY) {
      return Optional.empty();
    }
    return Optional.of(Duration.ofMillis(Math.max(0, rules.getCrawlDelay())));
  }
}
