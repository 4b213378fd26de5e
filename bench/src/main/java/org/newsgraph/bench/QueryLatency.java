package org.newsgraph.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.newsgraph.index.KnowledgeBase;
import org.newsgraph.index.KnownEntity;

/**
 * Times the questions of {@link QueryMix} in process, through {@link KnowledgeBase} on one thread,
 * over an index of at least {@value #DEFAULT_ARTICLES} articles built by {@link QueryCorpus}: p50,
 * p95 and p99 per kind after a warm-up, the index size per article, and the heap while the
 * questions run (run it with {@code -Xmx1g}).
 *
 * <p>Options: {@code --articles N} index size (default {@value #DEFAULT_ARTICLES}), {@code
 * --queries N} timed questions per kind (default {@value #DEFAULT_QUERIES}), {@code --warmup N}
 * untimed questions per kind first, other than the timed ones (default {@value #DEFAULT_WARMUP}),
 * {@code --read N} dev pages read for real (default all), {@code --base DIR} where they are kept
 * (default {@code bench/target/query-base}), {@code --index DIR} the index (default {@code
 * bench/target/query-index}), {@code --reuse} to query the index built by an earlier run instead of
 * building it again (so the heap figures are the serving's only).
 */
public final class QueryLatency {

  private static final int DEFAULT_ARTICLES = 10_000;
  private static final int DEFAULT_QUERIES = 500;
  private static final int DEFAULT_WARMUP = 200;
  private static final double TARGET_P95_MS = 50;
  private static final double TARGET_HEAP_MIB = 1024;
  private static final long SEED = 5;
  private static final double MIB = 1024 * 1024;

  private QueryLatency() {}

  public static void main(String[] args) throws Exception {
    Options options = new Options(args);
    Path base = options.path("--base", Path.of("bench/target/query-base"));
    Path index = options.path("--index", Path.of("bench/target/query-index"));
    int queries = options.count("--queries", DEFAULT_QUERIES);
    int warmup = options.count("--warmup", DEFAULT_WARMUP);
    if (!options.flag("--reuse")) {
      QueryCorpus.build(
          base,
          options.count("--read", Integer.MAX_VALUE),
          index,
          options.count("--articles", DEFAULT_ARTICLES));
    }

    System.gc();
    HeapWatch heap = HeapWatch.start();
    StringBuilder out = new StringBuilder();
    try (KnowledgeBase kb = KnowledgeBase.open(index)) {
      int articles = kb.articleCount();
      long bytes = IndexFolder.bytes(index);
      QueryMix mix = QueryMix.of(kb, SEED);
      List<QueryMix.Kind> kinds = mix.kinds(warmup + queries);
      for (int i = 0; i < warmup; i++) {
        for (QueryMix.Kind kind : kinds) {
          kind.questions().get(i).ask();
        }
      }
      out.append(
          String.format(
              Locale.ROOT,
              "%nQueries on %d articles, in process through KnowledgeBase, one thread; %d untimed"
                  + " then %d timed per kind%n",
              articles,
              warmup,
              queries));
      KnownEntity top = mix.mostMentioned();
      out.append(
          String.format(
              Locale.ROOT,
              "most mentioned entity: %s (%s), %d mentions in %d articles%n",
              top.name(),
              top.type(),
              top.mentions(),
              top.articles().size()));
      out.append(
          String.format(
              Locale.ROOT,
              "%-44s %8s %8s %8s %8s %10s%n",
              "kind",
              "p50 ms",
              "p95 ms",
              "p99 ms",
              "max ms",
              "results"));
      boolean met = true;
      for (QueryMix.Kind kind : kinds) {
        long[] nanos = new long[queries];
        long results = 0;
        for (int i = 0; i < queries; i++) {
          QueryMix.Question question = kind.questions().get(warmup + i);
          long started = System.nanoTime();
          results += question.ask();
          nanos[i] = System.nanoTime() - started;
        }
        Arrays.sort(nanos);
        double p95 = percentile(nanos, 95);
        met &= p95 < TARGET_P95_MS;
        out.append(
            String.format(
                Locale.ROOT,
                "%-44s %8.1f %8.1f %8.1f %8.1f %10.0f%n",
                kind.name(),
                percentile(nanos, 50),
                p95,
                percentile(nanos, 99),
                nanos[nanos.length - 1] / 1e6,
                (double) results / queries));
      }
      heap.stop();
      System.gc();
      long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      out.append("(results: mean total hits per question; for profiles, events listed)\n");
      out.append(
          String.format(
              Locale.ROOT,
              "index: %.1f MiB on disk, %.1f KiB per article%n",
              bytes / MIB,
              bytes / 1024.0 / articles));
      out.append(
          String.format(
              Locale.ROOT,
              "heap while querying: %s; live after a full GC at the end %.0f MiB%n",
              heap.summary(),
              live / MIB));
      out.append(
          Verdict.line(
              "p95 of every kind", met, String.format(Locale.ROOT, "< %.0f ms", TARGET_P95_MS)));
      out.append(
          Verdict.line(
              "peak heap",
              heap.peakUsed() / MIB < TARGET_HEAP_MIB,
              String.format(Locale.ROOT, "< %.0f MiB", TARGET_HEAP_MIB)));
    }
    System.out.print(out);
  }

  /** The nearest-rank percentile of sorted nanoseconds, in milliseconds. */
  private static double percentile(long[] sortedNanos, int p) {
    int rank = (int) Math.ceil(p / 100.0 * sortedNanos.length);
    return sortedNanos[Math.max(0, rank - 1)] / 1e6;
  }
}
