package org.newsgraph.ingest.polite;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Keeps requests to one host apart: at most {@code maxPerHost} in flight, and each start at least
 * the host's delay after the one before. Safe for use by several threads.
 */
final class HostThrottle {

  private final int maxPerHost;
  private final Pacer pacer;
  private final Map<String, Host> hosts = new ConcurrentHashMap<>();

  HostThrottle(int maxPerHost, Pacer pacer) {
    this.maxPerHost = maxPerHost;
    this.pacer = pacer;
  }

  /** Waits for a turn at {@code host}, then holds it until the returned turn is closed. */
  Turn enter(String host, Duration delay) throws InterruptedException {
    Host state = hosts.computeIfAbsent(host, h -> new Host(maxPerHost));
    state.permits.acquire();
    try {
      Duration wait = state.book(pacer.nanoTime(), delay);
      if (!wait.isZero()) {
        pacer.sleep(wait);
      }
    } catch (InterruptedException e) {
      state.permits.release();
      throw e;
    }
    return state.permits::release;
  }

  /** A request's hold on its host, given back when it is closed. */
  interface Turn extends AutoCloseable {
    @Override
    void close();
  }

  private static final class Host {
    final Semaphore permits;
    private long nextStart = Long.MIN_VALUE;
    private boolean started;

    Host(int maxPerHost) {
      this.permits = new Semaphore(maxPerHost, true);
    }

    /** Books the next start at or after {@code now}; returns how long to wait for it. */
    synchronized Duration book(long now, Duration delay) {
      long start = started && nextStart - now > 0 ? nextStart : now;
      started = true;
      nextStart = start + delay.toNanos();
      return Duration.ofNanos(start - now);
    }
  }
}
