package org.newsgraph.extract;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.newsgraph.core.ArticleExtractor;
import org.newsgraph.core.Extraction;
import org.newsgraph.core.Page;

/**
 * Bounds the time one page may take: a page that runs over is rejected with a reason that says so,
 * and the run goes on. A failure inside the wrapped extractor (a bug, or the heap running out)
 * becomes a rejection too, never an exception for the caller.
 */
public final class TimeLimitedExtractor implements ArticleExtractor {

  private final ArticleExtractor delegate;
  private final Duration limit;
  private final ExecutorService workers =
      Executors.newCachedThreadPool(
          runnable -> {
            Thread thread = new Thread(runnable, "newsgraph-extract");
            thread.setDaemon(true);
            return thread;
          });

  public TimeLimitedExtractor(ArticleExtractor delegate, Duration limit) {
    if (limit.isNegative() || limit.isZero()) {
      throw new IllegalArgumentException("time limit must be positive: " + limit);
    }
    this.delegate = delegate;
    this.limit = limit;
  }

  @Override
  public Extraction extract(Page page) {
    Future<Extraction> future = workers.submit(() -> delegate.extract(page));
    try {
      return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      return rejected(page, "extraction took longer than " + limit.toMillis() + " ms");
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      return rejected(page, "extraction interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      return rejected(
          page,
          "extraction failed: "
              + cause.getClass().getSimpleName()
              + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
    }
  }

  private static Extraction rejected(Page page, String reason) {
    return new Extraction.Rejected(page.source(), reason, List.of());
  }
}
