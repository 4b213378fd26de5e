package org.newsgraph.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsgraph.core.Extraction;
import org.newsgraph.nlp.ArticleReader;
import org.newsgraph.nlp.StandardReading;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsgraph analyze}: pages in, articles and the facts read from them out. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Extracts each page's article, then reads it: people, organisations and places with their"
          + " mentions and roles, who said what, and time expressions resolved against the"
          + " publication date. Every fact carries character offsets into article.text.",
      "INPUT is as for 'extract'. The output schema is docs/analysis.schema.json."
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:every input read", "1:some inputs could not be read", "2:usage error"})
final class AnalyzeCommand implements Callable<Integer> {

  @Option(
      names = "--format",
      defaultValue = "json",
      paramLabel = "FORMAT",
      description = "json or jsonl (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Mixin PageOptions pages;

  @Mixin BatchThreads threads;

  @CommandLine.ParentCommand NewsGraphCommand parent;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    pages.validate(spec.commandLine());
    threads.validate(spec.commandLine());
    if (format == OutputFormat.TEXT) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--format must be json or jsonl for analyze");
    }
    ArticleReader reader = StandardReading.create();
    ResultPrinter printer = new ResultPrinter(format, spec.commandLine().getOut());
    PageBatch batch = PageBatch.of(spec, pages, threads, parent.stdin());
    return batch.run(extraction -> render(reader, extraction), printer, spec.commandLine().getErr());
  }

  private static Map<String, Object> render(ArticleReader reader, Extraction extraction) {
    if (extraction instanceof Extraction.Accepted accepted) {
      return AnalysisJson.of(reader.read(accepted.article()), accepted.warnings());
    }
    Map<String, Object> json = new LinkedHashMap<>(ExtractionJson.of(extraction));
    return json;
  }
}
