package org.newsgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.bench.variation.ArticleVariations;
import org.newsgraph.core.AnnotatedArticle;
import org.newsgraph.index.KnowledgeBase;
import org.newsgraph.index.KnowledgeWriter;
import org.newsgraph.index.RecordKind;
import org.newsgraph.nlp.ArticleReader;
import org.newsgraph.nlp.StandardReading;
import org.newsgraph.pipeline.IngestPipeline;
import org.newsgraph.pipeline.IngestReport;
import org.newsgraph.pipeline.ProgressListener;

/**
 * Builds the index the query benchmark asks: the dev pages read for real (once: kept in their own
 * index folder and reused), then {@link ArticleVariations} of them until the index holds the
 * articles wanted.
 */
final class QueryCorpus {

  private static final int READ_THREADS = 2;
  private static final int READ_BATCH = 20;
  private static final int COMMIT_EVERY = 1_000;
  private static final long SEED = 5;

  private QueryCorpus() {}

  /**
   * Reads the first {@code pages} dev pages into {@code base} unless it exists, then fills {@code
   * index} (emptied first) with them and their variations up to {@code articles} articles.
   */
  static void build(Path base, int pages, Path index, int articles) throws IOException {
    if (!Files.isDirectory(base)) {
      read(base, pages);
    }
    List<AnnotatedArticle> originals = new ArrayList<>();
    try (KnowledgeBase kb = KnowledgeBase.open(base)) {
      kb.forEach(RecordKind.ARTICLES, stored -> originals.add(stored.annotated()));
    }
    System.out.printf(Locale.ROOT, "%d articles read for real, from %s%n", originals.size(), base);

    IndexFolder.delete(index);
    long started = System.nanoTime();
    int added = 0;
    int duplicates = 0;
    int failed = 0;
    ArticleVariations variations = new ArticleVariations(originals, SEED);
    try (KnowledgeWriter writer = KnowledgeWriter.open(index)) {
      for (AnnotatedArticle original : originals) {
        added += writer.add(original).outcome() == KnowledgeWriter.Outcome.ADDED ? 1 : 0;
      }
      for (int n = 0; added < articles; n++) {
        AnnotatedArticle variation;
        try {
          variation = variations.variation(n);
        } catch (IllegalArgumentException e) {
          failed++;
          System.err.printf("variation %d failed: %s%n", n, e.getMessage());
          continue;
        }
        if (writer.add(variation).outcome() == KnowledgeWriter.Outcome.ADDED) {
          added++;
          if (added % COMMIT_EVERY == 0) {
            writer.commit();
          }
        } else {
          duplicates++;
        }
      }
      writer.commit();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "index of %d articles built in %.0f s (%.0f articles/s indexed); %d variations were"
            + " duplicates, %d failed%n",
        added,
        seconds,
        added / seconds,
        duplicates,
        failed);
  }

  /** Ingests the first {@code pages} dev pages into {@code base} with the full reading. */
  private static void read(Path base, int pages) throws IOException {
    System.out.printf("reading dev pages into %s (models load first)%n", base);
    ArticleReader reader = StandardReading.create();
    try (KnowledgeWriter writer = KnowledgeWriter.open(base)) {
      IngestReport report =
          new IngestPipeline(
                  DevPageSource.extractor(), reader::read, writer, READ_THREADS, READ_BATCH)
              .run(List.of(new DevPageSource(pages)), ProgressListener.SILENT);
      System.out.printf(
          Locale.ROOT,
          "read %d articles in %.0f s (%.2f articles/s)%n",
          report.indexed(),
          report.seconds(),
          report.articlesPerSecond());
    }
  }
}
