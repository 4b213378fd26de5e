package org.newsgraph.server.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.newsgraph.pipeline.IngestReport;
import org.newsgraph.server.IngestService;

/**
 * The ingest runs of an index, one JSON line each in {@code ingest-runs.jsonl} beside it. A line
 * that cannot be read (a run killed while writing it) is skipped, not fatal.
 */
public final class IngestLog {

  /** The file name, in the index's data directory. */
  public static final String FILE = "ingest-runs.jsonl";

  private final Path file;
  private final Clock clock;
  private final ObjectMapper json = new ObjectMapper();

  public IngestLog(Path dataDir, Clock clock) {
    this.file = dataDir.resolve(FILE);
    this.clock = clock;
  }

  /** Appends {@code report} as a run that finished now. */
  public synchronized void record(String origin, IngestReport report) throws IOException {
    String line = json.writeValueAsString(new IngestRun(clock.instant().toString(), origin, report));
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
        StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
      out.write(line);
      out.write('\n');
    }
  }

  /** The last {@code n} runs, newest first. */
  public synchronized List<IngestRun> recent(int n) throws IOException {
    if (!Files.exists(file)) {
      return List.of();
    }
    Deque<IngestRun> last = new ArrayDeque<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      try {
        last.addFirst(json.readValue(line, IngestRun.class));
      } catch (IOException e) {
        continue;
      }
      if (last.size() > n) {
        last.removeLast();
      }
    }
    return new ArrayList<>(last);
  }

  /** {@code service} with each of its runs recorded here as coming from the API. */
  public IngestService recording(IngestService service) {
    return sources -> {
      IngestReport report = service.ingest(sources);
      record("api", report);
      return report;
    };
  }
}
