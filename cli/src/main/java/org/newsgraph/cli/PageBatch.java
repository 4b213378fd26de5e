package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.newsgraph.core.ArticleExtractor;
import org.newsgraph.core.Extraction;
import org.newsgraph.ingest.Input;
import org.newsgraph.ingest.Inputs;
import org.newsgraph.ingest.PageLoadException;
import org.newsgraph.ingest.PageLoader;

/**
 * Reads every input into an extraction, in input order, and prints what {@code render} makes of
 * each. An input that cannot be read is reported on standard error and as an {@code error}
 * result, and the batch goes on.
 */
final class PageBatch {

  private final String commandName;
  private final PageOptions options;
  private final PageLoader loader;
  private final ArticleExtractor extractor;

  PageBatch(String commandName, PageOptions options, PageLoader loader) {
    this.commandName = commandName;
    this.options = options;
    this.loader = loader;
    this.extractor = options.extractor();
  }

  /**
   * Runs the batch; returns the exit code: 0 when every input was read, 1 when some could not
   * be or the output closed.
   */
  int run(
      Function<Extraction, Map<String, Object>> render, ResultPrinter printer, PrintWriter err) {
    List<Input> expanded = Inputs.expand(options.inputs);
    Progress meter = Progress.on(err, commandName, expanded.size(), options.progress);
    int failed = 0;
    for (Input input : expanded) {
      try {
        Extraction extraction = options.withPublished(extractor.extract(loader.load(input)));
        printer.print(render.apply(extraction));
      } catch (PageLoadException e) {
        failed++;
        err.println(commandName + ": " + e.getMessage());
        err.flush();
        printer.print(ExtractionJson.error(e.source(), e.problem()));
      }
      meter.step();
      if (printer.closed()) {
        meter.done();
        err.println(commandName + ": output closed; stopped");
        return 1;
      }
    }
    meter.done();
    printer.finish();
    return failed == 0 ? 0 : 1;
  }
}
