package org.newsgraph.ingest.polite;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.newsgraph.core.Page;
import org.newsgraph.ingest.PageLoadException;
import org.newsgraph.ingest.fetch.HttpFetcher;
import org.newsgraph.ingest.fetch.HttpStatusException;

/**
 * Reads each host's robots.txt once and keeps what it says for the life of the cache. A missing
 * robots.txt (4xx) allows everything; a server error (5xx) or an unreadable one keeps the host off
 * limits, as RFC 9309 asks. Safe for use by several threads; one host's robots.txt is read once.
 */
final class RobotsCache {

  private final HttpFetcher http;
  private final String agent;
  private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser(Long.MAX_VALUE, 5);
  private final Map<String, Object> locks = new ConcurrentHashMap<>();
  private final Map<String, HostRobots> hosts = new ConcurrentHashMap<>();

  RobotsCache(HttpFetcher http, String agent) {
    this.http = http;
    this.agent = agent.toLowerCase(Locale.ROOT);
  }

  /** The robots.txt rules of the host {@code uri} is on. */
  HostRobots forHost(URI uri) {
    String key = hostKey(uri);
    HostRobots known = hosts.get(key);
    if (known != null) {
      return known;
    }
    synchronized (locks.computeIfAbsent(key, k -> new Object())) {
      return hosts.computeIfAbsent(key, k -> read(URI.create(k + "/robots.txt")));
    }
  }

  /** Scheme, host and port: the scope of one robots.txt. */
  static String hostKey(URI uri) {
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
    return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
  }

  private HostRobots read(URI robots) {
    try {
      Page page = http.fetch(robots);
      BaseRobotRules rules =
          parser.parseContent(
              robots.toString(), page.content(), page.contentType(), List.of(agent));
      return HostRobots.obeying(rules);
    } catch (HttpStatusException e) {
      BaseRobotRules rules = parser.failedFetch(e.status());
      return rules.isAllowNone()
          ? HostRobots.refusing("robots.txt answered " + e.problem() + "; host not fetched")
          : HostRobots.obeying(rules);
    } catch (PageLoadException e) {
      return HostRobots.refusing("robots.txt: " + e.problem());
    }
  }
}
