package org.newsgraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.pipeline.IngestReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsgraph ingest}: sources into the index, with progress and a report per source. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Reads every page of each SOURCE into the index in --data: a page file, a directory of"
          + " pages, an http(s) URL, an RSS or Atom feed, a sitemap or sitemap index (file or URL),"
          + " a WARC or WARC.gz file, or a text file listing URLs. What a SOURCE is comes from its"
          + " name and content unless --kind says.",
      "URLs are fetched politely (robots.txt, --host-delay per host, a clear User-Agent, time and"
          + " size limits) and conditionally: what an earlier run fetched is asked for with its"
          + " ETag and Last-Modified, kept in the data directory. Loopback and private addresses"
          + " are refused unless --allow-private is given.",
      "Articles are known by canonical URL and content hash: ingesting again adds nothing twice,"
          + " and a run that was stopped continues where its last commit left off.",
      "Prints a report per source on standard error: pages fetched, not modified, extracted,"
          + " indexed, already known, rejected and failed, with reasons; the run is also recorded"
          + " for the ingest status page of serve."
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:every page read", "1:some pages failed", "2:usage error"})
final class IngestCommand implements Callable<Integer> {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Mixin IngestOptions options;

  @Option(names = "--report", paramLabel = "FILE", description = "Also write the report as JSON.")
  Path report;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    options.validate(spec.commandLine());
    PrintWriter err = spec.commandLine().getErr();
    IngestReport result;
    try (SourceIngest ingest = options.open()) {
      result =
          ingest.run(
              options.pages.inputs,
              options.kind(),
              "cli",
              new ProgressMeter(err, spec.qualifiedName(), options.pages.progress));
    }
    IngestSummary.print(spec.name(), result, options.data.data, err);
    if (report != null) {
      JSON.writeValue(report.toFile(), result);
    }
    return result.anyFailed() ? 1 : 0;
  }
}
