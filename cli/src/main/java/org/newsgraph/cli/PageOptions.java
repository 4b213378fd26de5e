package org.newsgraph.cli;

import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.newsgraph.core.ArticleExtractor;
import org.newsgraph.core.Extraction;
import org.newsgraph.extract.NewsArticleExtractor;
import org.newsgraph.extract.TimeLimitedExtractor;
import org.newsgraph.ingest.PageLoader;
import org.newsgraph.ingest.fetch.FetchSettings;
import org.newsgraph.ingest.fetch.HttpFetcher;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options of every command that reads pages: what to read, and within which limits. */
final class PageOptions {

  @Option(
      names = "--published",
      paramLabel = "YYYY-MM-DD",
      converter = IsoDate.class,
      description = "The publication date, overriding the page's (or supplying it for plain text).")
  LocalDate published;

  @Option(
      names = "--time-limit",
      defaultValue = "10",
      paramLabel = "SECONDS",
      description =
          "Most time one page may take before it is rejected (default: ${DEFAULT-VALUE}).")
  int timeLimitSeconds;

  @Option(
      names = "--allow-private",
      description = "Allow fetching loopback and private network addresses.")
  boolean allowPrivate;

  @Option(
      names = "--fetch-timeout",
      hidden = true,
      defaultValue = "30",
      paramLabel = "SECONDS",
      description = "Most time one URL may take, redirects and body included.")
  int fetchTimeoutSeconds;

  @Option(names = "--progress", description = "Show progress on standard error.")
  boolean progress;

  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description =
          "Files, directories and http(s) URLs to read; ingest and watch also read feeds,"
              + " sitemaps, WARC files and URL lists.")
  List<String> inputs;

  /** Checks the values picocli cannot; throws a usage error naming the option. */
  void validate(CommandLine cli) {
    requirePositive(cli, timeLimitSeconds, "--time-limit");
    requirePositive(cli, fetchTimeoutSeconds, "--fetch-timeout");
  }

  Duration timeLimit() {
    return Duration.ofSeconds(timeLimitSeconds);
  }

  ArticleExtractor extractor() {
    return new TimeLimitedExtractor(new NewsArticleExtractor(), timeLimit());
  }

  PageLoader loader(InputStream stdin) {
    FetchSettings settings = fetchSettings();
    return new PageLoader(new HttpFetcher(settings), settings.maxBytes(), stdin);
  }

  /** How URLs are fetched: the default limits, with these options' address guard and timeout. */
  FetchSettings fetchSettings() {
    return FetchSettings.defaults()
        .withAllowPrivate(allowPrivate)
        .withRequestTimeout(Duration.ofSeconds(fetchTimeoutSeconds));
  }

  /** {@code extraction} with the user's publication date, when one was given. */
  Extraction withPublished(Extraction extraction) {
    if (published == null || !(extraction instanceof Extraction.Accepted accepted)) {
      return extraction;
    }
    return new Extraction.Accepted(
        accepted.article().withPublished(published.toString()), accepted.warnings());
  }

  private static void requirePositive(CommandLine cli, int seconds, String option) {
    if (seconds <= 0) {
      throw new CommandLine.ParameterException(
          cli, option + " must be a positive number of seconds, not " + seconds);
    }
  }
}
