package org.newsgraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsgraph.extract.NewsArticleExtractor;
import org.newsgraph.extract.TimeLimitedExtractor;
import org.newsgraph.extract.eval.CorpusScore;
import org.newsgraph.extract.eval.ExtractionEvaluation;
import org.newsgraph.extract.eval.ShingleScore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsgraph eval extraction}: body extraction scored against gold texts. */
@Command(
    name = "extraction",
    mixinStandardHelpOptions = true,
    description = {
      "Scores article-body extraction against gold texts with the article-extraction"
          + " benchmark's measure (4-token shingles, macro-averaged precision and recall).",
      "Pages are HTML-DIR/<id>.html; gold texts are GOLD-DIR/<id>.txt."
    })
final class EvalExtractionCommand implements Callable<Integer> {

  @Option(names = "--html", required = true, paramLabel = "HTML-DIR", description = "Directory of pages.")
  Path htmlDir;

  @Option(names = "--gold", required = true, paramLabel = "GOLD-DIR", description = "Directory of gold texts.")
  Path goldDir;

  @Option(
      names = "--predictions",
      defaultValue = "extraction-predictions.json",
      paramLabel = "FILE",
      description = "Where to write the predictions as JSON {id: text} (default: ${DEFAULT-VALUE}).")
  Path predictionsFile;

  @Option(names = "--per-page", paramLabel = "FILE", description = "Also write per-page figures as TSV.")
  Path perPageFile;

  @Option(
      names = "--min-f1",
      paramLabel = "F1",
      description = "Exit with code 1 when F1 is below this floor.")
  Double minF1;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    requireDirectory(htmlDir, "--html");
    requireDirectory(goldDir, "--gold");
    var extractor = new TimeLimitedExtractor(new NewsArticleExtractor(), Duration.ofSeconds(10));
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long pages;
    try (var files = Files.list(goldDir)) {
      pages = files.filter(p -> p.toString().endsWith(".txt")).count();
    }
    Progress meter = Progress.on(err, "eval extraction", (int) pages, false);
    ExtractionEvaluation.Result result =
        new ExtractionEvaluation(extractor).run(htmlDir, goldDir, id -> meter.step());
    meter.done();
    writePredictions(result.predictions());
    if (perPageFile != null) {
      writePerPage(result.pages());
    }
    CorpusScore s = result.score();
    out.println(
        String.format(
            Locale.ROOT,
            "extraction: %d pages  F1 %.4f  precision %.4f  recall %.4f  accuracy %.4f",
            s.pages(), s.f1(), s.precision(), s.recall(), s.accuracy()));
    out.println("predictions written to " + predictionsFile);
    if (minF1 != null && s.f1() < minF1) {
      err.println(String.format(Locale.ROOT, "newsgraph eval extraction: F1 %.4f is below the floor %.4f", s.f1(), minF1));
      return 1;
    }
    return 0;
  }

  private void requireDirectory(Path dir, String option) {
    if (!Files.isDirectory(dir)) {
      throw new CommandLine.ParameterException(spec.commandLine(), option + ": not a directory: " + dir);
    }
  }

  private void writePredictions(Map<String, String> predictions) throws IOException {
    Path parent = predictionsFile.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(predictionsFile.toFile(), predictions);
  }

  private void writePerPage(Map<String, ShingleScore> pages) throws IOException {
    try (Writer w = Files.newBufferedWriter(perPageFile, StandardCharsets.UTF_8)) {
      w.write("id\ttp\tfp\tfn\tprecision\trecall\texact\n");
      for (Map.Entry<String, ShingleScore> e : pages.entrySet()) {
        ShingleScore s = e.getValue();
        w.write(String.format(Locale.ROOT, "%s\t%d\t%d\t%d\t%s\t%s\t%d%n",
            e.getKey(), s.truePositives(), s.falsePositives(), s.falseNegatives(),
            s.hasPrecision() ? String.format(Locale.ROOT, "%.4f", s.precision()) : "",
            s.hasRecall() ? String.format(Locale.ROOT, "%.4f", s.recall()) : "",
            s.exact() ? 1 : 0));
      }
    }
  }
}
