package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.core.QuoteKind;
import org.newsgraph.nlp.corenlp.CoreNlpAnalyzer;
import org.newsgraph.nlp.quote.CueQuoteAttributor;
import org.newsgraph.nlp.quote.eval.AttributionTally;
import org.newsgraph.nlp.quote.eval.AttributorSystem;
import org.newsgraph.nlp.quote.eval.CoreNlpQuoteBaseline;
import org.newsgraph.nlp.quote.eval.Criterion;
import org.newsgraph.nlp.quote.eval.GumQuoteCorpus;
import org.newsgraph.nlp.quote.eval.GumQuoteEvaluation;
import org.newsgraph.nlp.quote.eval.PolnearCorpus;
import org.newsgraph.nlp.quote.eval.PolnearEvaluation;
import org.newsgraph.nlp.quote.eval.QuoteSpanTally;
import org.newsgraph.nlp.text.Analyzer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsgraph eval quotes}: quote attribution scored on PolNeAR, beside CoreNLP's own. */
@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    description = {
      "Scores quote attribution on the PolNeAR corpus (DIR/SPLIT/text, DIR/SPLIT/attributions),"
          + " beside CoreNLP's quote attribution as a baseline; optionally checks quotation spans"
          + " against GUM's marked quotes."
    })
final class EvalQuotesCommand implements Callable<Integer> {

  @Option(names = "--polnear", required = true, paramLabel = "DIR", description = "PolNeAR data directory.")
  Path polnear;

  @Option(names = "--split", defaultValue = "dev", paramLabel = "SPLIT", description = "Split to score (default: ${DEFAULT-VALUE}).")
  String split;

  @Option(names = "--limit", paramLabel = "N", description = "Score only the first N articles.")
  Integer limit;

  @Option(names = "--no-baseline", description = "Skip the CoreNLP baseline.")
  boolean noBaseline;

  @Option(names = "--baseline-coref", description = "Run the baseline with statistical coreference (slow).")
  boolean baselineCoref;

  @Option(names = "--gum", paramLabel = "DIR", description = "GUM news XML directory for the quotation-span check.")
  Path gum;

  @Option(names = "--min-f1", paramLabel = "F1", description = "Exit with code 1 when our strict attribution F1 is below this floor.")
  Double minF1;

  @Option(names = "--min-direct-speaker", paramLabel = "ACCURACY", description = "Exit with code 1 when our strict speaker accuracy on gold direct quotes is below this floor.")
  Double minDirectSpeaker;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (!Files.isDirectory(polnear)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--polnear: not a directory: " + polnear);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<PolnearCorpus.Article> articles = PolnearCorpus.load(polnear, split);
    if (limit != null && limit < articles.size()) {
      articles = articles.subList(0, limit);
    }
    Analyzer analyzer = new CoreNlpAnalyzer();
    CueQuoteAttributor attributor = new CueQuoteAttributor();
    List<PolnearEvaluation.Result> results = new ArrayList<>();
    Progress progress = Progress.on(err, "eval quotes (newsgraph)", articles.size(), false);
    results.add(PolnearEvaluation.run(articles,
        new AttributorSystem(analyzer, analysis -> List.of(), attributor), progress::step));
    progress.done();
    if (!noBaseline) {
      long loading = System.nanoTime();
      CoreNlpQuoteBaseline baseline = new CoreNlpQuoteBaseline(baselineCoref);
      double loadSeconds = (System.nanoTime() - loading) / 1e9;
      Progress theirs = Progress.on(err, "eval quotes (" + baseline.name() + ")", articles.size(), false);
      results.add(PolnearEvaluation.run(articles, baseline, theirs::step));
      theirs.done();
      out.printf(Locale.ROOT, "%s models loaded in %.1f s; max heap %d MB%n",
          baseline.name(), loadSeconds, Runtime.getRuntime().maxMemory() >> 20);
    }
    printPolnear(out, results);
    if (gum != null) {
      QuoteSpanTally spans = GumQuoteEvaluation.run(GumQuoteCorpus.load(gum), analyzer, attributor);
      out.printf(Locale.ROOT,
          "GUM <quote> spans: recall %.3f, precision %.3f (%d marked; %d direct or partial quotes found in"
              + " documents that mark quotations, %d of them on <q> scare quotes)%n",
          spans.recall(), spans.precision(), spans.gold(), spans.predicted(), spans.predictedOnScareQuotes());
    }
    AttributionTally ours = results.get(0).tally();
    double f1 = ours.f1(Criterion.STRICT, null);
    double speaker = ours.directSpeakerAccuracy(Criterion.STRICT);
    int status = 0;
    if (minF1 != null && f1 < minF1) {
      err.printf(Locale.ROOT, "newsgraph eval quotes: F1 %.4f is below the floor %.4f%n", f1, minF1);
      status = 1;
    }
    if (minDirectSpeaker != null && speaker < minDirectSpeaker) {
      err.printf(Locale.ROOT, "newsgraph eval quotes: direct speaker accuracy %.4f is below the floor %.4f%n",
          speaker, minDirectSpeaker);
      status = 1;
    }
    return status;
  }

  private void printPolnear(PrintWriter out, List<PolnearEvaluation.Result> results) {
    AttributionTally first = results.get(0).tally();
    out.printf(Locale.ROOT,
        "PolNeAR %s: %d articles, %d gold attributions (%d direct, %d partial, %d reported);"
            + " first annotator's file per article%n",
        split, first.articles(), first.gold(null), first.gold(QuoteKind.DIRECT), first.gold(QuoteKind.PARTIAL),
        first.gold(QuoteKind.REPORTED));
    out.printf(Locale.ROOT,
        "content match: overlap >= %.0f%% of the shorter content (characters, not counting whitespace and"
            + " quotation marks), one-to-one%n", AttributionTally.MIN_OVERLAP * 100);
    out.println("speaker: strict = speaker span overlaps the gold source span (no speaker when the gold has"
        + " none); full = strict, or another mention of its entity, or the same name");
    out.println("entities: none given to the attributor (speakers come from name tags)");
    StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-18s", ""));
    StringBuilder columns = new StringBuilder(String.format(Locale.ROOT, "%-18s", ""));
    for (PolnearEvaluation.Result r : results) {
      header.append(String.format(Locale.ROOT, "  %-22s", r.system()));
      columns.append("  P      R      F1     ");
    }
    out.println(header);
    out.println(columns);
    row(out, results, "all      content", Criterion.CONTENT, null);
    row(out, results, "all      strict", Criterion.STRICT, null);
    row(out, results, "all      full", Criterion.FULL, null);
    row(out, results, "direct   strict", Criterion.STRICT, QuoteKind.DIRECT);
    row(out, results, "partial  strict", Criterion.STRICT, QuoteKind.PARTIAL);
    row(out, results, "reported strict", Criterion.STRICT, QuoteKind.REPORTED);
    for (PolnearEvaluation.Result r : results) {
      AttributionTally t = r.tally();
      out.printf(Locale.ROOT,
          "%s: speaker accuracy on gold direct quotes found: strict %.3f, full %.3f (%d found);"
              + " %d attributions predicted; %.1f s (%.0f ms/article, analysis included)%n",
          r.system(), t.directSpeakerAccuracy(Criterion.STRICT), t.directSpeakerAccuracy(Criterion.FULL),
          t.directFound(), t.predicted(null), r.seconds(), 1000 * r.seconds() / Math.max(1, t.articles()));
    }
  }

  private static void row(PrintWriter out, List<PolnearEvaluation.Result> results, String label, Criterion c, QuoteKind kind) {
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-18s", label));
    for (PolnearEvaluation.Result r : results) {
      AttributionTally t = r.tally();
      line.append(String.format(Locale.ROOT, "  %.3f  %.3f  %.3f  ", t.precision(c, kind), t.recall(c, kind), t.f1(c, kind)));
    }
    out.println(line);
  }
}
