package org.newsgraph.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.newsgraph.index.KnowledgeWriter;

/** A child process for the crash test: ingests a folder slowly, in small batches, until killed. */
public final class IngestChild {

  private IngestChild() {}

  public static void main(String[] args) throws Exception {
    try (KnowledgeWriter writer = KnowledgeWriter.open(Path.of(args[0]))) {
      Fixtures.pipeline(writer, Fixtures.boardReading(Long.parseLong(args[2])), 2, 5)
          .run(List.of(Fixtures.source(Path.of(args[1]))), ProgressListener.SILENT);
    }
  }
}
