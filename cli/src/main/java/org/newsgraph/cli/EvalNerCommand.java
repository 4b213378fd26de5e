package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.nlp.corenlp.CoreNlpAnalyzer;
import org.newsgraph.nlp.entity.ConllCorpus;
import org.newsgraph.nlp.entity.ConllEvaluation;
import org.newsgraph.nlp.entity.ConllScore;
import org.newsgraph.nlp.entity.NewsEntityResolver;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsgraph eval ner}: named entities scored against a CoNLL-2003 corpus. */
@Command(
    name = "ner",
    mixinStandardHelpOptions = true,
    description = {
      "Scores the entity reader's names against a CoNLL-2003 corpus: exact span-and-type"
          + " precision, recall and F1 per type and overall, as conlleval computes them.",
      "Each document is read whole; PERSON, ORGANIZATION, LOCATION map to PER, ORG, LOC;"
          + " NORP and MISC to MISC."
    })
final class EvalNerCommand implements Callable<Integer> {

  @Option(names = "--conll", required = true, paramLabel = "FILE", description = "The CoNLL corpus.")
  Path conllFile;

  @Option(
      names = "--predictions",
      defaultValue = "ner-predictions.conll",
      paramLabel = "FILE",
      description = "Where to write 'token gold predicted' columns (default: ${DEFAULT-VALUE}).")
  Path predictionsFile;

  @Option(names = "--limit", paramLabel = "N", description = "Read only the first N documents.")
  Integer limit;

  @Option(names = "--min-f1", paramLabel = "F1", description = "Exit with code 1 when F1 is below this floor.")
  Double minF1;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(conllFile)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--conll: not a file: " + conllFile);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ConllCorpus corpus = ConllCorpus.read(conllFile);
    if (limit != null) {
      corpus = corpus.head(limit);
    }
    ConllEvaluation evaluation = new ConllEvaluation(new CoreNlpAnalyzer(), new NewsEntityResolver());
    Progress meter = Progress.on(err, "eval ner", corpus.size(), false);
    Path parent = predictionsFile.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    ConllScore score;
    try (Writer predictions = Files.newBufferedWriter(predictionsFile, StandardCharsets.UTF_8)) {
      score = evaluation.run(corpus, predictions, meter::step);
    }
    meter.done();
    out.printf(Locale.ROOT, "ner: %d documents, %d tokens%n", score.documents(), score.tokens());
    out.printf(Locale.ROOT, "%-5s %6s %9s %7s %9s %7s %7s%n",
        "type", "gold", "predicted", "correct", "precision", "recall", "F1");
    for (ConllScore.Counts c : score.types()) {
      print(out, c);
    }
    print(out, score.overall());
    out.println("predictions written to " + predictionsFile);
    if (minF1 != null && score.overall().f1() < minF1) {
      err.printf(Locale.ROOT, "newsgraph eval ner: F1 %.4f is below the floor %.4f%n", score.overall().f1(), minF1);
      return 1;
    }
    return 0;
  }

  private static void print(PrintWriter out, ConllScore.Counts c) {
    out.printf(Locale.ROOT, "%-5s %6d %9d %7d %9.4f %7.4f %7.4f%n",
        c.type(), c.gold(), c.predicted(), c.correct(), c.precision(), c.recall(), c.f1());
  }
}
