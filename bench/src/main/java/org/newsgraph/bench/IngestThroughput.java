package org.newsgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.newsgraph.core.ArticleExtractor;
import org.newsgraph.index.KnowledgeWriter;
import org.newsgraph.nlp.ArticleReader;
import org.newsgraph.nlp.StandardReading;
import org.newsgraph.pipeline.IngestPipeline;
import org.newsgraph.pipeline.IngestReport;
import org.newsgraph.pipeline.PageOutcome;
import org.newsgraph.pipeline.ProgressListener;
import org.newsgraph.pipeline.Reading;

/**
 * Times the whole ingest run ({@link IngestPipeline}: load, extract, read with {@link
 * StandardReading#create()}, index and commit) over the first extraction dev pages, on 1 and on 2
 * worker threads, each into a fresh index, after a warm-up run on a few pages. Prints articles/s,
 * the time of each stage summed over threads, the index size and the heap. Options: {@code --pages
 * N} (default {@value #DEFAULT_PAGES}), {@code --warmup N} pages (default {@value
 * #DEFAULT_WARMUP}).
 */
public final class IngestThroughput {

  private static final int DEFAULT_PAGES = 100;
  private static final int DEFAULT_WARMUP = 10;

  /** Pages per commit, as the command line ingests. */
  private static final int BATCH = 20;

  private static final List<String> STAGES = List.of("load", "extract", "read", "index");
  private static final double MIB = 1024 * 1024;

  private final ArticleExtractor extractor = DevPageSource.extractor();
  private final Reading reading;

  private IngestThroughput(Reading reading) {
    this.reading = reading;
  }

  public static void main(String[] args) throws Exception {
    Options options = new Options(args);
    DevPageSource pages = new DevPageSource(options.count("--pages", DEFAULT_PAGES));
    DevPageSource warmup = new DevPageSource(options.count("--warmup", DEFAULT_WARMUP));
    HeapWatch heap = HeapWatch.start();
    long loading = System.nanoTime();
    ArticleReader reader = StandardReading.create();
    double loadSeconds = (System.nanoTime() - loading) / 1e9;
    IngestThroughput bench = new IngestThroughput(reader::read);

    bench.ingest(warmup, 1);
    Run one = bench.ingest(pages, 1);
    Run two = bench.ingest(pages, 2);
    heap.stop();

    StringBuilder out = new StringBuilder();
    IngestReport r = one.report();
    out.append(
        String.format(
            Locale.ROOT,
            "%nIngest of %d dev pages (%d indexed, %d rejected, %d failed), batches of %d; models"
                + " loaded in %.1f s, warm-up run on %d pages%n",
            pages.size(),
            r.indexed(),
            r.sources().get(0).count(PageOutcome.REJECTED),
            r.sources().get(0).count(PageOutcome.FAILED),
            BATCH,
            loadSeconds,
            warmup.size()));
    out.append(
        String.format(
            Locale.ROOT, "%-10s %12s %10s %10s%n", "threads", "articles/s", "pages/s", "wall s"));
    for (Run run : List.of(one, two)) {
      out.append(
          String.format(
              Locale.ROOT,
              "%-10d %12.2f %10.2f %10.1f%n",
              run.threads(),
              run.report().articlesPerSecond(),
              pages.size() / run.report().seconds(),
              run.report().seconds()));
    }
    out.append(
        String.format(
            Locale.ROOT,
            "where the time goes (stage time summed over worker threads, ms per indexed article,"
                + " share of the stages' sum):%n"));
    for (String stage : STAGES) {
      out.append(String.format(Locale.ROOT, "%-10s", stage));
      for (Run run : List.of(one, two)) {
        double seconds = run.report().stageSeconds().getOrDefault(stage, 0.0);
        double sum = run.report().stageSeconds().values().stream().mapToDouble(d -> d).sum();
        out.append(
            String.format(
                Locale.ROOT,
                "   %d thread%s: %8.1f ms %5.1f%%",
                run.threads(),
                run.threads() == 1 ? " " : "s",
                1000 * seconds / run.report().indexed(),
                100 * seconds / sum));
      }
      out.append(String.format("%n"));
    }
    out.append(
        String.format(
            Locale.ROOT,
            "index: %.1f MiB for %d articles, %.0f KiB per article%n",
            one.bytes() / MIB,
            r.totalArticles(),
            one.bytes() / 1024.0 / r.totalArticles()));
    out.append("heap: ").append(heap.summary()).append(System.lineSeparator());
    System.out.print(out);
  }

  /** Ingests {@code pages} into a fresh index with {@code threads} workers; removes it after. */
  private Run ingest(DevPageSource pages, int threads) throws IOException {
    Path dir = Files.createTempDirectory("newsgraph-ingest-bench");
    try {
      IngestReport report;
      try (KnowledgeWriter writer = KnowledgeWriter.open(dir)) {
        report =
            new IngestPipeline(extractor, reading, writer, threads, BATCH)
                .run(List.of(pages), ProgressListener.SILENT);
      }
      return new Run(threads, report, IndexFolder.bytes(dir));
    } finally {
      IndexFolder.delete(dir);
    }
  }

  /** One timed run. */
  private record Run(int threads, IngestReport report, long bytes) {}
}
