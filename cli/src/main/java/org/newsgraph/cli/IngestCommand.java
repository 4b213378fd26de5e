package org.newsgraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsgraph.core.ArticleExtractor;
import org.newsgraph.ingest.PageLoader;
import org.newsgraph.pipeline.IngestReport;
import org.newsgraph.pipeline.InputSource;
import org.newsgraph.pipeline.PageOutcome;
import org.newsgraph.pipeline.PageSource;
import org.newsgraph.pipeline.SourceReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsgraph ingest}: sources into the index, with progress and a report per source. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Reads every page of each SOURCE (a file, a directory, an http(s) URL), extracts its article,"
          + " reads its facts and adds them to the index in --data. Articles are known by canonical"
          + " URL and content hash: ingesting again adds nothing twice, and a run that was stopped"
          + " continues where its last commit left off.",
      "Prints a report per source on standard error: pages fetched, extracted, indexed, already"
          + " known, rejected and failed, with reasons."
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:every page read", "1:some pages failed", "2:usage error"})
final class IngestCommand implements Callable<Integer> {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Mixin DataOption data;

  @Option(
      names = "--threads",
      defaultValue = "1",
      paramLabel = "N",
      description = "Pages read at once (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--report", paramLabel = "FILE", description = "Also write the report as JSON.")
  Path report;

  @Mixin PageOptions pages;

  @CommandLine.ParentCommand NewsGraphCommand parent;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    pages.validate(spec.commandLine());
    if (threads < 1 || threads > 64) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--threads must be from 1 to 64, not " + threads);
    }
    PageLoader loader = pages.loader(parent.stdin());
    List<PageSource> sources = new ArrayList<>();
    for (String input : pages.inputs) {
      sources.add(new InputSource(input, loader));
    }
    ArticleExtractor base = pages.extractor();
    ArticleExtractor extractor = page -> pages.withPublished(base.extract(page));
    PrintWriter err = spec.commandLine().getErr();
    IngestReport result =
        new IngestRuns(data.data, extractor, new LazyReading(), threads)
            .run(sources, new ProgressMeter(err, spec.qualifiedName(), pages.progress));
    print(result, err);
    if (report != null) {
      JSON.writeValue(report.toFile(), result);
    }
    return result.anyFailed() ? 1 : 0;
  }

  private void print(IngestReport result, PrintWriter err) {
    for (SourceReport source : result.sources()) {
      err.printf(
          Locale.ROOT,
          "%s: %d pages, %d fetched, %d extracted, %d indexed, %d updated, %d known, %d duplicate,"
              + " %d already ingested, %d rejected, %d failed%n",
          source.source(),
          source.pages(),
          source.fetched(),
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
        "ingest: %d articles indexed in %.1f s (%.2f/s); %s holds %d articles%n",
        result.indexed(),
        result.seconds(),
        result.articlesPerSecond(),
        data.data,
        result.totalArticles());
    err.flush();
  }
}
