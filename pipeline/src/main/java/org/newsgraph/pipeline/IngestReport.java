package org.newsgraph.pipeline;

import java.util.List;
import java.util.Map;

/**
 * The report of an ingest run.
 *
 * @param sources per source, in the order given
 * @param indexed articles added or updated by this run
 * @param totalArticles articles in the index after the run's last commit
 * @param commits how many commits the run made
 * @param seconds wall time of the run
 * @param stageSeconds time spent per stage (load, extract, read, index), summed over threads
 */
public record IngestReport(
    List<SourceReport> sources,
    int indexed,
    long totalArticles,
    int commits,
    double seconds,
    Map<String, Double> stageSeconds) {
  public IngestReport {
    sources = List.copyOf(sources);
    stageSeconds = Map.copyOf(stageSeconds);
  }

  /** Articles indexed per second of wall time. */
  public double articlesPerSecond() {
    return seconds > 0 ? indexed / seconds : 0;
  }

  /** Whether some page failed (rejections are not failures). */
  public boolean anyFailed() {
    return sources.stream().anyMatch(s -> s.count(PageOutcome.FAILED) > 0);
  }
}
