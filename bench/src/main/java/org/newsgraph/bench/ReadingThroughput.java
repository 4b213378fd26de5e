package org.newsgraph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.newsgraph.core.Article;
import org.newsgraph.nlp.ArticleReader;
import org.newsgraph.nlp.StandardReading;

/**
 * Times the full reading pipeline ({@link StandardReading#create()}) on news articles of about
 * 800 words ({@link ReadingArticles}) and sums it up: articles/s on one thread after a warm-up
 * pass, on two threads sharing the reader, the same without event extraction and the share of the
 * time events take, and the heap (run it with {@code -Xmx2g}). Options: {@code --articles N}
 * (default {@value #DEFAULT_ARTICLES}), {@code --passes N} measured passes per setting (default
 * {@value #DEFAULT_PASSES}).
 */
public final class ReadingThroughput {

  private static final int DEFAULT_ARTICLES = 30;
  private static final int DEFAULT_PASSES = 4;
  private static final double TARGET_ARTICLES_PER_SECOND = 3;
  private static final double TARGET_EVENT_COST = 0.20;
  private static final double TARGET_HEAP_MIB = 2048;
  private static final double MIB = 1024 * 1024;

  private ReadingThroughput() {}

  public static void main(String[] args) throws Exception {
    Options options = new Options(args);
    int limit = options.count("--articles", DEFAULT_ARTICLES);
    int passes = options.count("--passes", DEFAULT_PASSES);
    HeapWatch heap = HeapWatch.start();
    List<Article> articles = ReadingArticles.load(limit);
    long loading = System.nanoTime();
    ArticleReader full = StandardReading.create();
    ArticleReader noEvents = StandardReading.withoutEvents();
    double loadSeconds = (System.nanoTime() - loading) / 1e9;
    int words = articles.stream().mapToInt(a -> ReadingArticles.words(a.text())).sum();

    readAll(full, articles, 1);
    readAll(noEvents, articles, 1);
    Rate[] alternating = alternatingRates(full, noEvents, articles, passes);
    Rate oneRate = alternating[0];
    Rate withoutRate = alternating[1];
    Rate twoRate = rate(full, articles, passes, 2);
    double one = oneRate.wall();
    double two = twoRate.wall();
    double withoutEvents = withoutRate.wall();
    heap.stop();

    double eventShare = 1 - one / withoutEvents;
    double eventCost = withoutEvents / one - 1;
    double eventCpuCost = withoutRate.cpu() / oneRate.cpu() - 1;
    double peakMib = heap.peakUsed() / MIB;
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT,
        "%nReading, %d articles of %d-%d words (%.0f on average), %d measured passes after one"
            + " warm-up pass; models loaded in %.1f s%n",
        articles.size(), ReadingArticles.MIN_WORDS, ReadingArticles.MAX_WORDS,
        (double) words / articles.size(), passes, loadSeconds));
    out.append(String.format(Locale.ROOT, "%-44s %8.2f articles/s (%.2f per CPU-second)%n",
        "full reading, 1 thread", one, oneRate.cpu()));
    out.append(String.format(Locale.ROOT, "%-44s %8.2f articles/s (%.2fx)%n",
        "full reading, 2 threads sharing one reader", two, two / one));
    out.append(String.format(Locale.ROOT, "%-44s %8.2f articles/s (%.2f per CPU-second)%n",
        "without events, 1 thread", withoutEvents, withoutRate.cpu()));
    out.append(String.format(Locale.ROOT,
        "events: %.1f%% of the full reading time, %.1f%% added to reading without them"
            + " (%.1f%% in CPU time)%n",
        100 * eventShare, 100 * eventCost, 100 * eventCpuCost));
    out.append("heap: ").append(heap.summary()).append(System.lineSeparator());
    out.append(Verdict.line("articles/s on 1 thread", one >= TARGET_ARTICLES_PER_SECOND,
        String.format(Locale.ROOT, ">= %.0f", TARGET_ARTICLES_PER_SECOND)));
    out.append(Verdict.line("events' added time", eventCost <= TARGET_EVENT_COST,
        String.format(Locale.ROOT, "<= %.0f%%", 100 * TARGET_EVENT_COST)));
    out.append(Verdict.line("peak heap", peakMib < TARGET_HEAP_MIB,
        String.format(Locale.ROOT, "< %.0f MiB", TARGET_HEAP_MIB)));
    System.out.print(out);
  }

  /**
   * Articles read per second of wall time, and per second of the reading threads' own CPU time:
   * the second is what one thread reaches on a core of its own, whatever else the machine runs.
   */
  private record Rate(double wall, double cpu) {}

  /**
   * The one-thread rates of two readers, their passes taken in turn so that both share whatever
   * else the machine does meanwhile; measured one after the other, the two drift apart by more
   * than events cost.
   */
  private static Rate[] alternatingRates(
      ArticleReader first, ArticleReader second, List<Article> articles, int passes) throws Exception {
    long[] wallNanos = new long[2];
    long[] cpuNanos = new long[2];
    ArticleReader[] readers = {first, second};
    for (int p = 0; p < passes; p++) {
      for (int r = 0; r < 2; r++) {
        long start = System.nanoTime();
        cpuNanos[r] += readAll(readers[r], articles, 1);
        wallNanos[r] += System.nanoTime() - start;
      }
    }
    Rate[] rates = new Rate[2];
    for (int r = 0; r < 2; r++) {
      double read = (double) passes * articles.size();
      rates[r] = new Rate(read / (wallNanos[r] / 1e9), read / (cpuNanos[r] / 1e9));
    }
    return rates;
  }

  /** The rate over {@code passes} passes, each of {@code threads} threads reading every article. */
  private static Rate rate(ArticleReader reader, List<Article> articles, int passes, int threads)
      throws Exception {
    long start = System.nanoTime();
    long cpuNanos = 0;
    for (int p = 0; p < passes; p++) {
      cpuNanos += readAll(reader, articles, threads);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double read = (double) passes * threads * articles.size();
    return new Rate(read / seconds, read / (cpuNanos / 1e9));
  }

  /**
   * Every article read once by each of {@code threads} threads sharing {@code reader}; returns
   * the CPU time the threads took, in nanoseconds.
   */
  private static long readAll(ArticleReader reader, List<Article> articles, int threads)
      throws Exception {
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Long>> runs = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = t * articles.size() / threads;
        runs.add(pool.submit(() -> {
          long before = cpu.getCurrentThreadCpuTime();
          for (int i = 0; i < articles.size(); i++) {
            reader.read(articles.get((offset + i) % articles.size()));
          }
          return cpu.getCurrentThreadCpuTime() - before;
        }));
      }
      long cpuNanos = 0;
      for (Future<Long> run : runs) {
        cpuNanos += run.get();
      }
      return cpuNanos;
    } finally {
      pool.shutdown();
    }
  }
}
