package org.newsgraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.ingest.fetch.FetchSettings;
import org.newsgraph.ingest.fetch.HttpFetcher;
import org.newsgraph.ingest.polite.FileValidatorStore;
import org.newsgraph.ingest.polite.PoliteFetcher;
import org.newsgraph.ingest.polite.PolitenessSettings;
import org.newsgraph.ingest.source.SourceKind;
import org.newsgraph.ingest.source.SourceLimits;
import org.newsgraph.ingest.source.Sources;
import org.newsgraph.pipeline.IngestReport;
import org.newsgraph.pipeline.PageSource;
import org.newsgraph.pipeline.ProgressListener;
import org.newsgraph.pipeline.SourcePages;
import org.newsgraph.server.status.IngestLog;

/**
 * Ingest of SOURCE arguments into an index directory, run as often as asked: each run opens the
 * sources afresh, fetches politely and conditionally (the validators of what earlier runs fetched
 * are kept in {@value #VALIDATORS} beside the index), and is recorded in the index's {@link
 * IngestLog} for the ingest status page.
 */
final class SourceIngest implements AutoCloseable {

  /** The file, in the data directory, where the validators of fetched pages are kept. */
  static final String VALIDATORS = "fetch-validators.tsv";

  private final FileValidatorStore validators;
  private final Sources sources;
  private final IngestRuns runs;
  private final IngestLog log;

  private SourceIngest(
      FileValidatorStore validators, Sources sources, IngestRuns runs, IngestLog log) {
    this.validators = validators;
    this.sources = sources;
    this.runs = runs;
    this.log = log;
  }

  /** Opens the validator store and the ingest log in {@code data}, creating it when needed. */
  static SourceIngest open(
      Path data, FetchSettings fetch, PolitenessSettings politeness, IngestRuns runs)
      throws IOException {
    Files.createDirectories(data);
    FileValidatorStore validators = FileValidatorStore.open(data.resolve(VALIDATORS));
    PoliteFetcher fetcher = new PoliteFetcher(new HttpFetcher(fetch), politeness, validators);
    return new SourceIngest(
        validators,
        new Sources(fetcher, SourceLimits.defaults()),
        runs,
        new IngestLog(data, Clock.systemUTC()));
  }

  /** The sources opener, for ingest over the API. */
  Sources sources() {
    return sources;
  }

  /** The ingest log, for ingest over the API. */
  IngestLog log() {
    return log;
  }

  /**
   * Ingests {@code arguments}, each read as {@code kind} when one is given, and records the run
   * as coming from {@code origin}.
   */
  IngestReport run(
      List<String> arguments, Optional<SourceKind> kind, String origin, ProgressListener progress)
      throws IOException {
    List<PageSource> opened = new ArrayList<>();
    for (String argument : arguments) {
      opened.add(new SourcePages(sources.open(argument, kind)));
    }
    IngestReport report = runs.run(opened, progress);
    log.record(origin, report);
    return report;
  }

  @Override
  public void close() throws IOException {
    validators.close();
  }
}
