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
import org.newsgraph.nlp.entity.GumCorpus;
import org.newsgraph.nlp.entity.GumEvaluation;
import org.newsgraph.nlp.entity.GumScore;
import org.newsgraph.nlp.entity.NewsEntityResolver;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsgraph eval ner}: named entities scored against a CoNLL-2003 corpus, and entities
 * compared with GUM's coreference.
 */
@Command(
    name = "ner",
    mixinStandardHelpOptions = true,
    description = {
      "Scores the entity reader's names against a CoNLL-2003 corpus: exact span-and-type"
          + " precision, recall and F1 per type and overall, as conlleval computes them.",
      "Each document is read whole; PERSON, ORGANIZATION, LOCATION map to PER, ORG, LOC;"
          + " NORP and MISC to MISC.",
      "With --gum, also compares the entities with the coreference of GUM documents (WebAnno"
          + " TSV): named clusters kept whole, pairwise coreference, person mentions and pronouns."
    })
final class EvalNerCommand implements Callable<Integer> {

  @Option(names = "--conll", paramLabel = "FILE", description = "The CoNLL corpus.")
  Path conllFile;

  @Option(names = "--gum", paramLabel = "DIR", description = "A directory of GUM .tsv files.")
  Path gumDir;

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
    if (conllFile == null && gumDir == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "give --conll FILE, --gum DIR or both");
    }
    if (conllFile != null && !Files.isRegularFile(conllFile)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--conll: not a file: " + conllFile);
    }
    if (gumDir != null && !Files.isDirectory(gumDir)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--gum: not a directory: " + gumDir);
    }
    CoreNlpAnalyzer analyzer = new CoreNlpAnalyzer();
    NewsEntityResolver resolver = new NewsEntityResolver();
    int code = conllFile == null ? 0 : conll(analyzer, resolver);
    if (gumDir != null) {
      gum(analyzer, resolver);
    }
    return code;
  }

  private int conll(CoreNlpAnalyzer analyzer, NewsEntityResolver resolver) throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ConllCorpus corpus = ConllCorpus.read(conllFile);
    if (limit != null) {
      corpus = corpus.head(limit);
    }
    ConllEvaluation evaluation = new ConllEvaluation(analyzer, resolver);
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

  private void gum(CoreNlpAnalyzer analyzer, NewsEntityResolver resolver) throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    GumCorpus corpus = GumCorpus.read(gumDir);
    Progress meter = Progress.on(spec.commandLine().getErr(), "eval ner --gum", corpus.size(), false);
    GumScore s = new GumEvaluation(analyzer, resolver).run(corpus, meter::step);
    meter.done();
    out.printf(Locale.ROOT, "gum: %d documents%n", s.documents());
    out.printf(Locale.ROOT,
        "named clusters (person/organization/place with an identity): %d, matched %d,"
            + " with 2+ matched mentions %d, of which in one entity %d (%.4f)%n",
        s.namedClusters(), s.namedClustersFound(), s.namedClustersMulti(), s.namedClustersWhole(),
        GumScore.ratio(s.namedClustersWhole(), s.namedClustersMulti()));
    out.printf(Locale.ROOT, "pairwise coreference on named clusters: precision %.4f (%d/%d)"
            + "  recall %.4f (%d/%d)%n",
        GumScore.ratio(s.pairsRight(), s.pairsOurs()), s.pairsRight(), s.pairsOurs(),
        GumScore.ratio(s.pairsLinked(), s.pairsGold()), s.pairsLinked(), s.pairsGold());
    out.printf(Locale.ROOT, "person mentions: precision %.4f (%d/%d)  recall %.4f (%d/%d)%n",
        GumScore.ratio(s.personMentionsRight(), s.personMentionsOurs()), s.personMentionsRight(),
        s.personMentionsOurs(), GumScore.ratio(s.personMentionsFound(), s.personMentionsGold()),
        s.personMentionsFound(), s.personMentionsGold());
    out.printf(Locale.ROOT, "pronouns (he/she/...) of named people: precision %.4f (%d/%d)"
            + "  recall %.4f (%d/%d)%n",
        GumScore.ratio(s.pronounsRight(), s.pronounsOurs()), s.pronounsRight(), s.pronounsOurs(),
        GumScore.ratio(s.pronounsRight(), s.pronounsGold()), s.pronounsRight(), s.pronounsGold());
  }

  private static void print(PrintWriter out, ConllScore.Counts c) {
    out.printf(Locale.ROOT, "%-5s %6d %9d %7d %9.4f %7.4f %7.4f%n",
        c.type(), c.gold(), c.predicted(), c.correct(), c.precision(), c.recall(), c.f1());
  }
}
