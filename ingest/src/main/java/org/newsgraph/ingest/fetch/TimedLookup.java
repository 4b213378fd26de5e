package org.newsgraph.ingest.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Resolves a host within what is left of a fetch's deadline. The system resolver cannot be
 * interrupted, so a look-up that outlives the deadline is abandoned to finish on its own daemon
 * thread while the fetch reports the timeout.
 */
final class TimedLookup {

  private static final ExecutorService LOOKUPS =
      Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task, "newsgraph-dns");
            thread.setDaemon(true);
            return thread;
          });

  private TimedLookup() {}

  static InetAddress[] resolve(HostResolver resolver, String host, Deadline deadline)
      throws UnknownHostException, FetchProblem {
    Future<InetAddress[]> lookup = LOOKUPS.submit(() -> resolver.resolve(host));
    try {
      return lookup.get(deadline.require().toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      lookup.cancel(true);
      throw deadline.expired();
    } catch (InterruptedException e) {
      lookup.cancel(true);
      Thread.currentThread().interrupt();
      throw new FetchProblem("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UnknownHostException unknown) {
        throw unknown;
      }
      throw new FetchProblem("cannot resolve host " + host + ": " + e.getCause(), e.getCause());
    }
  }
}
