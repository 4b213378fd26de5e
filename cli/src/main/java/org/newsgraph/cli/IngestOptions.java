package org.newsgraph.cli;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.newsgraph.core.ArticleExtractor;
import org.newsgraph.ingest.polite.PolitenessSettings;
import org.newsgraph.ingest.source.SourceKind;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options of the commands that ingest sources ({@code ingest}, {@code watch}). */
final class IngestOptions {

  @Mixin DataOption data;

  @Mixin PageOptions pages;

  @Mixin BatchThreads threads;

  @Option(
      names = "--kind",
      paramLabel = "KIND",
      converter = SourceKindName.class,
      description =
          "Read every SOURCE as this kind instead of telling from its name and content: "
              + "directory, page, feed, sitemap, warc or url-list.")
  SourceKind kind;

  @Option(
      names = "--host-delay",
      defaultValue = "1s",
      paramLabel = "DURATION",
      converter = ShortDuration.class,
      description =
          "Least time between two requests to one host (default: ${DEFAULT-VALUE}; a longer"
              + " robots.txt crawl-delay, up to 30s, is honoured).")
  Duration hostDelay;

  /** Checks the values picocli cannot; throws a usage error naming the option. */
  void validate(CommandLine cli) {
    pages.validate(cli);
    threads.validate(cli);
  }

  Optional<SourceKind> kind() {
    return Optional.ofNullable(kind);
  }

  /** Opens the sources' fetching and the index runs in {@code --data}; close it when done. */
  SourceIngest open() throws IOException {
    ArticleExtractor base = pages.extractor();
    ArticleExtractor extractor = page -> pages.withPublished(base.extract(page));
    IngestRuns runs = new IngestRuns(data.data, extractor, new LazyReading(), threads.count());
    PolitenessSettings politeness = PolitenessSettings.defaults().withHostDelay(hostDelay);
    return SourceIngest.open(data.data, pages.fetchSettings(), politeness, runs);
  }
}
