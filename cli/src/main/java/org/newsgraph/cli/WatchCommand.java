package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.pipeline.IngestReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsgraph watch}: ingests the same sources again and again, on a schedule. */
@Command(
    name = "watch",
    mixinStandardHelpOptions = true,
    description = {
      "Ingests each SOURCE (usually feeds and sitemaps; see ingest) into the index in --data,"
          + " then again every --every, until stopped or --rounds runs are done. Feeds and pages"
          + " that have not changed are asked for conditionally and cost one short request each.",
      "Prints each run's report on standard error and records it for the ingest status page."
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:every page read", "1:some pages failed in some run", "2:usage error"})
final class WatchCommand implements Callable<Integer> {

  @Mixin IngestOptions options;

  @Option(
      names = "--every",
      defaultValue = "15m",
      paramLabel = "DURATION",
      converter = ShortDuration.class,
      description = "Time from the start of one run to the start of the next, e.g. 90s, 15m, 1h"
          + " (default: ${DEFAULT-VALUE}).")
  Duration every;

  @Option(
      names = "--rounds",
      defaultValue = "0",
      paramLabel = "N",
      description = "Stop after N runs (default: 0, run until stopped).")
  int rounds;

  @Option(names = "--once", description = "Run once and stop: the same as --rounds 1.")
  boolean once;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    options.validate(spec.commandLine());
    if (every.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--every must be at least 1s, not " + every);
    }
    if (rounds < 0) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--rounds must be 0 (until stopped) or more, not " + rounds);
    }
    int last = once ? 1 : rounds;
    PrintWriter err = spec.commandLine().getErr();
    boolean anyFailed = false;
    try (SourceIngest ingest = options.open()) {
      for (int round = 1; last == 0 || round <= last; round++) {
        long started = System.nanoTime();
        IngestReport result =
            ingest.run(
                options.pages.inputs,
                options.kind(),
                "watch",
                new ProgressMeter(err, spec.qualifiedName(), options.pages.progress));
        IngestSummary.print(
            String.format(Locale.ROOT, "%s run %d", spec.name(), round),
            result,
            options.data.data,
            err);
        anyFailed |= result.anyFailed();
        if (last == 0 || round < last) {
          Duration wait = every.minusNanos(System.nanoTime() - started);
          if (!wait.isNegative()) {
            Thread.sleep(wait.toMillis());
          }
        }
      }
    }
    return anyFailed ? 1 : 0;
  }
}
