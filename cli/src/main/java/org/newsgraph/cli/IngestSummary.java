package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.pipeline.IngestReport;
import org.newsgraph.pipeline.PageOutcome;
import org.newsgraph.pipeline.SourceReport;

/** Prints an ingest report: a line per source with its counts and reasons, then the totals. */
final class IngestSummary {

  private IngestSummary() {}

  static void print(String label, IngestReport result, Path data, PrintWriter err) {
    for (SourceReport source : result.sources()) {
      err.printf(
          Locale.ROOT,
          "%s: %d pages, %d fetched, %d not modified, %d extracted, %d indexed, %d updated,"
              + " %d known, %d duplicate, %d already ingested, %d rejected, %d failed%n",
          source.source(),
          source.pages(),
          source.fetched(),
          source.count(PageOutcome.NOT_MODIFIED),
          source.extracted(),
          source.count(PageOutcome.INDEXED),
          source.count(PageOutcome.UPDATED),
          source.count(PageOutcome.UNCHANGED),
          source.count(PageOutcome.DUPLICATE),
          source.count(PageOutcome.ALREADY_INGESTED),
          source.count(PageOutcome.REJECTED),
          source.count(PageOutcome.FAILED));
      for (Map.Entry<String, Integer> reason : source.reasons().entrySet()) {
        err.printf(Locale.ROOT, "  %d x %s%n", reason.getValue(), reason.getKey());
      }
    }
    err.printf(
        Locale.ROOT,
        "%s: %d articles indexed in %.1f s (%.2f/s); %s holds %d articles%n",
        label,
        result.indexed(),
        result.seconds(),
        result.articlesPerSecond(),
        data,
        result.totalArticles());
    err.flush();
  }
}
