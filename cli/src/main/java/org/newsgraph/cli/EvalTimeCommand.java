package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsgraph.core.TimeExpression;
import org.newsgraph.nlp.corenlp.CoreNlpAnalyzer;
import org.newsgraph.nlp.text.Analyzer;
import org.newsgraph.nlp.time.RuleTimeTagger;
import org.newsgraph.nlp.time.eval.GoldTimex;
import org.newsgraph.nlp.time.eval.GumDateEvaluation;
import org.newsgraph.nlp.time.eval.TimeMlEvaluation;
import org.newsgraph.nlp.time.eval.TimexScore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsgraph eval time}: the time tagger scored on TimeML files and GUM dates. */
@Command(
    name = "time",
    mixinStandardHelpOptions = true,
    description = {
      "Scores the time tagger with the TempEval-3 measures (relaxed and strict span, type and"
          + " value) on every .tml file below a folder, each anchored at its creation date;"
          + " and/or counts the GUM news dates it finds with the same value."
    })
final class EvalTimeCommand implements Callable<Integer> {

  @Option(
      names = "--timeml",
      paramLabel = "DIR",
      description = "Folder of TimeML (.tml) files, searched recursively.")
  Path timemlDir;

  @Option(
      names = "--gum",
      paramLabel = "DIR",
      description = "Folder of GUM TEI XML files with <date> annotations.")
  Path gumDir;

  @Option(
      names = "--predictions",
      paramLabel = "FILE",
      description = "Also write every TimeML alignment (match, miss, spurious) as TSV.")
  Path predictionsFile;

  @Option(
      names = "--min-value-f1",
      paramLabel = "F1",
      description = "Exit with code 1 when the TimeML value F1 is below this floor.")
  Double minValueF1;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (timemlDir == null && gumDir == null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "give --timeml DIR and/or --gum DIR");
    }
    requireDirectory(timemlDir, "--timeml");
    requireDirectory(gumDir, "--gum");
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Analyzer analyzer = new CoreNlpAnalyzer();
    RuleTimeTagger tagger = new RuleTimeTagger();
    int code = 0;
    if (timemlDir != null) {
      Progress meter =
          Progress.on(err, "eval time", TimeMlEvaluation.files(timemlDir).size(), false);
      TimeMlEvaluation.Result result =
          new TimeMlEvaluation(analyzer, tagger).run(timemlDir, meter::step);
      meter.done();
      result.skipped().forEach(s -> err.println("skipped " + s));
      out.println(String.format(Locale.ROOT, "time (TimeML): %d documents", result.documents()));
      print(out, "all", result.total());
      for (Map.Entry<String, TimexScore> subset : result.subsets().entrySet()) {
        print(out, subset.getKey().isEmpty() ? "(top)" : subset.getKey(), subset.getValue());
      }
      if (predictionsFile != null) {
        writeAlignments(result.alignments());
        out.println("alignments written to " + predictionsFile);
      }
      if (minValueF1 != null && result.total().valueF1() < minValueF1) {
        err.println(
            String.format(
                Locale.ROOT,
                "newsgraph eval time: value F1 %.4f is below the floor %.4f",
                result.total().valueF1(),
                minValueF1));
        code = 1;
      }
    }
    if (gumDir != null) {
      GumDateEvaluation.Result gum = new GumDateEvaluation(analyzer, tagger).run(gumDir, () -> {});
      gum.skipped().forEach(s -> err.println("skipped " + s));
      out.println(
          String.format(
              Locale.ROOT,
              "time (GUM dates): %d documents, %d dates, found %d (%.4f), same value %d (%.4f)",
              gum.documents(),
              gum.dates(),
              gum.found(),
              ratio(gum.found(), gum.dates()),
              gum.sameValue(),
              ratio(gum.sameValue(), gum.dates())));
    }
    return code;
  }

  private static void print(PrintWriter out, String name, TimexScore s) {
    out.println(
        String.format(
            Locale.ROOT,
            "  %-9s gold %4d predicted %4d | relaxed P %.4f R %.4f F1 %.4f | strict P %.4f R %.4f"
                + " F1 %.4f | type acc %.4f F1 %.4f | value acc %.4f F1 %.4f",
            name,
            s.gold(),
            s.predicted(),
            s.relaxedPrecision(),
            s.relaxedRecall(),
            s.relaxedF1(),
            s.strictPrecision(),
            s.strictRecall(),
            s.strictF1(),
            s.typeAccuracy(),
            s.typeF1(),
            s.valueAccuracy(),
            s.valueF1()));
  }

  private static double ratio(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }

  private void requireDirectory(Path dir, String option) {
    if (dir != null && !Files.isDirectory(dir)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), option + ": not a directory: " + dir);
    }
  }

  private void writeAlignments(List<TimeMlEvaluation.Alignment> alignments) throws IOException {
    Path parent = predictionsFile.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (Writer w = Files.newBufferedWriter(predictionsFile, StandardCharsets.UTF_8)) {
      w.write(
          "kind\tdocument\tgold_start\tgold_end\tgold_text\tgold_type\tgold_value\tstart\tend\ttext"
              + "\ttype\tvalue\tmod\n");
      for (TimeMlEvaluation.Alignment a : alignments) {
        GoldTimex g = a.gold();
        TimeExpression p = a.predicted();
        String kind =
            g == null
                ? "spurious"
                : p == null ? "missed" : p.value().equals(g.value()) ? "match" : "value";
        w.write(
            String.join(
                "\t",
                kind,
                a.document(),
                g == null ? "" : Integer.toString(g.start()),
                g == null ? "" : Integer.toString(g.end()),
                g == null ? "" : clean(g.text()),
                g == null ? "" : g.type(),
                g == null ? "" : g.value(),
                p == null ? "" : Integer.toString(p.start()),
                p == null ? "" : Integer.toString(p.end()),
                p == null ? "" : clean(p.text()),
                p == null ? "" : p.type().name(),
                p == null ? "" : p.value(),
                p == null || p.mod() == null ? "" : p.mod()));
        w.write('\n');
      }
    }
  }

  private static String clean(String s) {
    return s.replace('\t', ' ').replace('\n', ' ');
  }
}
