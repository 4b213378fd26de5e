package org.newsgraph.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.newsgraph.core.ArticleExtractor;
import org.newsgraph.core.Extraction;
import org.newsgraph.ingest.Input;
import org.newsgraph.ingest.Inputs;
import org.newsgraph.ingest.PageLoadException;
import org.newsgraph.ingest.PageLoader;
import picocli.CommandLine;

/**
 * Reads every input into an extraction, on one or more threads, and prints what {@code render}
 * makes of each, in input order. An input that cannot be read is reported on standard error and
 * as an {@code error} result, and the batch goes on.
 */
final class PageBatch {

  private final String commandName;
  private final PageOptions options;
  private final PageLoader loader;
  private final ArticleExtractor extractor;
  private final int threads;

  /** A batch of {@code options}' inputs, worked on by {@code threads} threads. */
  PageBatch(String commandName, PageOptions options, PageLoader loader, int threads) {
    this.commandName = commandName;
    this.options = options;
    this.loader = loader;
    this.extractor = options.extractor();
    this.threads = threads;
  }

  /** The batch of a command's inputs, with its page options and {@code --threads}. */
  static PageBatch of(
      CommandLine.Model.CommandSpec spec,
      PageOptions options,
      BatchThreads threads,
      InputStream stdin) {
    return new PageBatch(spec.qualifiedName(), options, options.loader(stdin), threads.count());
  }

  /** What became of one input: its result, and the error to report, if it failed. */
  private record Outcome(Map<String, Object> result, String error) {}

  /**
   * Runs the batch; returns the exit code: 0 when every input was read, 1 when some could not
   * be or the output closed.
   */
  int run(
      Function<Extraction, Map<String, Object>> render, ResultPrinter printer, PrintWriter err) {
    List<Input> expanded = Inputs.expand(options.inputs);
    Progress meter = Progress.on(err, commandName, expanded.size(), options.progress);
    Printing printing = new Printing(printer, err, meter);
    InOrder.forEach(expanded, threads, input -> attempt(input, render), printing);
    meter.done();
    if (printer.closed()) {
      err.println(commandName + ": output closed; stopped");
      return 1;
    }
    printer.finish();
    return printing.failed == 0 ? 0 : 1;
  }

  private Outcome attempt(Input input, Function<Extraction, Map<String, Object>> render) {
    try {
      Extraction extraction = options.withPublished(extractor.extract(loader.load(input)));
      return new Outcome(render.apply(extraction), null);
    } catch (PageLoadException e) {
      return new Outcome(ExtractionJson.error(e.source(), e.problem()), e.getMessage());
    }
  }

  /** Prints each outcome as it comes, counting failures; stops when the output is closed. */
  private final class Printing implements Predicate<Outcome> {
    private final ResultPrinter printer;
    private final PrintWriter err;
    private final Progress meter;
    private int failed;

    Printing(ResultPrinter printer, PrintWriter err, Progress meter) {
      this.printer = printer;
      this.err = err;
      this.meter = meter;
    }

    @Override
    public boolean test(Outcome outcome) {
      if (outcome.error() != null) {
        failed++;
        err.println(commandName + ": " + outcome.error());
        err.flush();
      }
      printer.print(outcome.result());
      meter.step();
      return !printer.closed();
    }
  }
}
