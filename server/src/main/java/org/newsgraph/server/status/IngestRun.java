package org.newsgraph.server.status;

import java.util.Objects;
import org.newsgraph.pipeline.IngestReport;

/**
 * One finished ingest run.
 *
 * @param finished when it finished, ISO instant
 * @param origin   what started it: {@code cli}, {@code watch} or {@code api}
 */
public record IngestRun(String finished, String origin, IngestReport report) {
  public IngestRun {
    Objects.requireNonNull(finished, "finished");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(report, "report");
  }
}
