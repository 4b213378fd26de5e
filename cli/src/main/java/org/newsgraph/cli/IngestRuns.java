package org.newsgraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.newsgraph.core.ArticleExtractor;
import org.newsgraph.index.KnowledgeWriter;
import org.newsgraph.pipeline.IngestPipeline;
import org.newsgraph.pipeline.IngestReport;
import org.newsgraph.pipeline.PageSource;
import org.newsgraph.pipeline.ProgressListener;
import org.newsgraph.pipeline.Reading;

/** Runs the ingest pipeline into an index directory: shared by {@code ingest} and {@code serve}. */
final class IngestRuns {

  /** Pages per commit. */
  static final int BATCH = 20;

  private final Path data;
  private final ArticleExtractor extractor;
  private final Reading reading;
  private final int threads;

  IngestRuns(Path data, ArticleExtractor extractor, Reading reading, int threads) {
    this.data = data;
    this.extractor = extractor;
    this.reading = reading;
    this.threads = threads;
  }

  /** Opens the index for writing, ingests {@code sources}, and closes it. */
  synchronized IngestReport run(List<PageSource> sources, ProgressListener progress)
      throws IOException {
    try (KnowledgeWriter writer = KnowledgeWriter.open(data)) {
      return new IngestPipeline(extractor, reading, writer, threads, BATCH).run(sources, progress);
    }
  }
}
