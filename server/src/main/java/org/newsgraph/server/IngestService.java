package org.newsgraph.server;

import java.io.IOException;
import java.util.List;
import org.newsgraph.pipeline.IngestReport;
import org.newsgraph.pipeline.PageSource;

/** Ingests what {@code POST /api/ingest} was given into the served index. */
@FunctionalInterface
public interface IngestService {

  /** Runs the pipeline on {@code sources}; throws when the index cannot be written. */
  IngestReport ingest(List<PageSource> sources) throws IOException;
}
