package org.newsgraph.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Works on a list's items on a few threads and hands the results over in the list's order, a
 * few items ahead of the one handed over, so that a slow item holds back the output but not the
 * work.
 */
final class InOrder {

  /** Items in progress per thread, besides the one being handed over. */
  private static final int AHEAD_PER_THREAD = 2;

  private InOrder() {}

  /**
   * Applies {@code work} to every item on {@code threads} threads and gives each result to
   * {@code sink} in item order, until {@code sink} returns false. An exception thrown by {@code
   * work} is thrown here when its item's turn comes.
   */
  static <I, O> void forEach(
      List<I> items, int threads, Function<I, O> work, Predicate<O> sink) {
    if (threads <= 1) {
      for (I item : items) {
        if (!sink.test(work.apply(item))) {
          return;
        }
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, InOrder::daemon);
    try {
      Deque<Future<O>> ahead = new ArrayDeque<>();
      Iterator<I> next = items.iterator();
      while (next.hasNext() || !ahead.isEmpty()) {
        while (next.hasNext() && ahead.size() < threads * AHEAD_PER_THREAD) {
          I item = next.next();
          ahead.add(pool.submit(() -> work.apply(item)));
        }
        if (!sink.test(result(ahead.removeFirst()))) {
          return;
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static <O> O result(Future<O> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a result", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  private static Thread daemon(Runnable runnable) {
    Thread thread = new Thread(runnable, "newsgraph-batch");
    thread.setDaemon(true);
    return thread;
  }
}
