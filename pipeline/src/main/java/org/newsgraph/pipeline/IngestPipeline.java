package org.newsgraph.pipeline;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.newsgraph.core.ArticleExtractor;
import org.newsgraph.index.KnowledgeWriter;

/**
 * The ingest run: {@code Source -> Page -> Article -> AnnotatedArticle -> Index}. The calling
 * thread lists each source's pages lazily (fetching as it goes); workers load, extract and read
 * pages in parallel; the calling thread hands the results to the index in source order and commits
 * every batch, so a run stopped at any point keeps every batch committed before it and the next run
 * skips those pages. Sources hear that their pages are committed only after the last commit.
 */
public final class IngestPipeline {

  private final ArticleExtractor extractor;
  private final Reading reading;
  private final KnowledgeWriter writer;
  private final int threads;
  private final int batchSize;

  /**
   * @param threads workers for loading, extraction and reading
   * @param batchSize pages per commit
   */
  public IngestPipeline(
      ArticleExtractor extractor,
      Reading reading,
      KnowledgeWriter writer,
      int threads,
      int batchSize) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, not " + batchSize);
    }
    this.extractor = extractor;
    this.reading = reading;
    this.writer = writer;
    this.threads = threads;
    this.batchSize = batchSize;
  }

  /** Ingests every page of {@code sources}; I/O errors of the index itself stop the run. */
  public IngestReport run(List<PageSource> sources, ProgressListener progress) throws IOException {
    long started = System.nanoTime();
    StageClock clock = new StageClock();
    PageWork work = new PageWork(extractor, reading, writer, clock);
    List<SourceTally> tallies = new ArrayList<>();
    for (PageSource source : sources) {
      tallies.add(new SourceTally(source.name()));
    }
    PageTotal total = new PageTotal(sources, progress);
    total.start();
    Batches batches = new Batches(clock);
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemon());
    try {
      Deque<Future<PageResult>> window = new ArrayDeque<>();
      for (int s = 0; s < sources.size(); s++) {
        Iterator<PendingPage> pages = sources.get(s).pages();
        while (pages.hasNext()) {
          PendingPage page = pages.next();
          total.update();
          int sourceIndex = s;
          window.add(pool.submit(() -> work.run(sourceIndex, page)));
          if (window.size() >= threads * 2) {
            batches.take(await(window.poll()), tallies, progress);
          }
        }
      }
      while (!window.isEmpty()) {
        batches.take(await(window.poll()), tallies, progress);
      }
      batches.commit();
    } finally {
      pool.shutdownNow();
      progress.finished();
    }
    sources.forEach(PageSource::committed);
    List<SourceReport> reports = tallies.stream().map(SourceTally::report).toList();
    double seconds = (System.nanoTime() - started) / 1e9;
    return new IngestReport(
        reports, batches.indexed, batches.totalArticles, batches.commits, seconds, clock.seconds());
  }

  /** Hands results to the index and commits every {@code batchSize} pages. */
  private final class Batches {
    private final StageClock clock;
    private int uncommitted;
    private int indexed;
    private long totalArticles;
    private int commits;

    Batches(StageClock clock) {
      this.clock = clock;
    }

    void take(PageResult result, List<SourceTally> tallies, ProgressListener progress)
        throws IOException {
      long started = System.nanoTime();
      PageResult counted = result;
      if (result.annotated() != null) {
        KnowledgeWriter.Added added = writer.add(result.annotated());
        PageOutcome outcome = outcomeOf(added.outcome());
        if (outcome == PageOutcome.INDEXED || outcome == PageOutcome.UPDATED) {
          indexed++;
        }
        counted =
            new PageResult(
                result.sourceIndex(), result.page(), result.key(), true, true, outcome, null, null);
      }
      if (counted.key() != null && counted.outcome().isFinal()) {
        writer.recordPage(counted.key(), counted.page(), counted.outcome().name());
        uncommitted++;
      }
      tallies.get(counted.sourceIndex()).count(counted);
      clock.add("index", started);
      progress.advanced();
      if (uncommitted >= batchSize) {
        commit();
      }
    }

    void commit() throws IOException {
      long started = System.nanoTime();
      KnowledgeWriter.Commit commit = writer.commit();
      totalArticles = commit.totalArticles();
      commits++;
      uncommitted = 0;
      clock.add("index", started);
    }
  }

  private static PageOutcome outcomeOf(KnowledgeWriter.Outcome outcome) {
    switch (outcome) {
      case ADDED:
        return PageOutcome.INDEXED;
      case UPDATED:
        return PageOutcome.UPDATED;
      case UNCHANGED:
        return PageOutcome.UNCHANGED;
      default:
        return PageOutcome.DUPLICATE;
    }
  }

  private static PageResult await(Future<PageResult> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("ingest interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("page work failed", e.getCause());
    }
  }

  private static java.util.concurrent.ThreadFactory daemon() {
    return runnable -> {
      Thread thread = new Thread(runnable, "newsgraph-ingest");
      thread.setDaemon(true);
      return thread;
    };
  }
}
