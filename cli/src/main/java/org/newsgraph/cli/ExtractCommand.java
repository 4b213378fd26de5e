package org.newsgraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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

  @Mixin PageOptions pages;

  @Mixin BatchThreads threads;

  @CommandLine.ParentCommand NewsGraphCommand parent;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    pages.validate(spec.commandLine());
    threads.validate(spec.commandLine());
    ResultPrinter printer = new ResultPrinter(format, spec.commandLine().getOut());
    PageBatch batch = PageBatch.of(spec, pages, threads, parent.stdin());
    return batch.run(ExtractionJson::of, printer, spec.commandLine().getErr());
  }
}
