package org.newsgraph.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.core.ArticleExtractor;
import org.newsgraph.core.Extraction;
import org.newsgraph.core.Page;
import org.newsgraph.extract.NewsArticleExtractor;
import org.newsgraph.extract.TimeLimitedExtractor;
import org.newsgraph.ingest.Input;
import org.newsgraph.ingest.Inputs;
import org.newsgraph.ingest.PageLoadException;
import org.newsgraph.ingest.PageLoader;
import org.newsgraph.ingest.fetch.FetchSettings;
import org.newsgraph.ingest.fetch.HttpFetcher;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph extract}: pages in, clean articles out. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Extracts the clean article (title, byline, date, dateline, body) from news pages.",
      "INPUT is an HTML or text file, a directory (searched for .html .htm .xhtml .txt),"
          + " - for standard input, or an http(s) URL. Results come in input order;"
          + " an input that fails is reported and the run goes on."
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:every input read", "1:some inputs could not be read", "2:usage error"})
final class ExtractCommand implements Callable<Integer> {

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "FORMAT",
      description = "text, json or jsonl (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

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

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Pages to read.")
  List<String> inputs;

  @CommandLine.ParentCommand NewsGraphCommand parent;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    requirePositive(timeLimitSeconds, "--time-limit");
    requirePositive(fetchTimeoutSeconds, "--fetch-timeout");
    ArticleExtractor extractor =
        new TimeLimitedExtractor(new NewsArticleExtractor(), Duration.ofSeconds(timeLimitSeconds));
    FetchSettings fetchSettings =
        FetchSettings.defaults()
            .withAllowPrivate(allowPrivate)
            .withRequestTimeout(Duration.ofSeconds(fetchTimeoutSeconds));
    PageLoader loader =
        new PageLoader(new HttpFetcher(fetchSettings), fetchSettings.maxBytes(), parent.stdin());
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ResultPrinter printer = new ResultPrinter(format, out);
    List<Input> expanded = Inputs.expand(inputs);
    Progress meter = Progress.on(err, "extract", expanded.size(), progress);
    int failed = 0;
    for (Input input : expanded) {
      try {
        Page page = loader.load(input);
        printer.print(ExtractionJson.of(withPublished(extractor.extract(page))));
      } catch (PageLoadException e) {
        failed++;
        err.println(spec.qualifiedName() + ": " + e.getMessage());
        err.flush();
        printer.print(ExtractionJson.error(e.source(), e.problem()));
      }
      meter.step();
      if (printer.closed()) {
        meter.done();
        err.println(spec.qualifiedName() + ": output closed; stopped");
        return 1;
      }
    }
    meter.done();
    printer.finish();
    return failed == 0 ? 0 : 1;
  }

  private void requirePositive(int seconds, String option) {
    if (seconds <= 0) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), option + " must be a positive number of seconds, not " + seconds);
    }
  }

  private Extraction withPublished(Extraction extraction) {
    if (published == null || !(extraction instanceof Extraction.Accepted accepted)) {
      return extraction;
    }
    return new Extraction.Accepted(
        accepted.article().withPublished(published.toString()), accepted.warnings());
  }
}
