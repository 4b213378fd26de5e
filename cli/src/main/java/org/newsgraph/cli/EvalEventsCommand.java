package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.core.Article;
import org.newsgraph.core.Event;
import org.newsgraph.nlp.ArticleReader;
import org.newsgraph.nlp.StandardReading;
import org.newsgraph.nlp.event.CameoRoots;
import org.newsgraph.nlp.event.eval.EcbCorpus;
import org.newsgraph.nlp.event.eval.EcbDocument;
import org.newsgraph.nlp.event.eval.EcbEvaluation;
import org.newsgraph.nlp.event.eval.EcbScore;
import org.newsgraph.nlp.event.eval.PetrarchActors;
import org.newsgraph.nlp.event.eval.PetrarchCorpus;
import org.newsgraph.nlp.event.eval.PetrarchEvaluation;
import org.newsgraph.nlp.event.eval.PetrarchScore;
import org.newsgraph.nlp.event.eval.PloverCorpus;
import org.newsgraph.nlp.event.eval.PloverEvaluation;
import org.newsgraph.nlp.event.eval.PloverRecord;
import org.newsgraph.nlp.event.eval.PloverScore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsgraph eval events}: event coding scored on PLOVER gold records, on ECB+ and on
 * PETRARCH's unit-test records.
 */
@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    description = {
      "Scores event coding: on PLOVER gold-standard sentences (--plover FILE: category accuracy,"
          + " and category with source and target country codes, with a confusion table), and on"
          + " ECB+ (--ecbplus DIR: trigger detection and the time, place and participants attached),"
          + " and on PETRARCH's unit-test records (--petrarch FILE: CAMEO roots and actor country codes,"
          + " by the mechanic each record tests)."
    })
final class EvalEventsCommand implements Callable<Integer> {

  @Option(names = "--plover", paramLabel = "FILE", description = "PLOVER_GSR_CAMEO.json.")
  Path plover;

  @Option(names = "--ecbplus", paramLabel = "DIR",
      description = "ECB+ topic folders with ECBplus_coreference_sentences.csv.")
  Path ecbplus;

  @Option(names = "--petrarch", paramLabel = "FILE", description = "PETR.UnitTest.records.xml.")
  Path petrarch;

  @Option(names = "--actors", paramLabel = "FILE",
      description = "The PETRARCH actor dictionary (default: the records' <Actorfile>, beside FILE).")
  Path actors;

  @Option(names = "--limit", paramLabel = "N", description = "Score only the first N sentences.")
  Integer limit;

  @Option(names = "--errors", description = "List the sentences coded wrongly.")
  boolean errors;

  @Option(names = "--min-category", paramLabel = "ACC", description = "Exit with code 1 when PLOVER category accuracy is below this floor.")
  Double minCategory;

  @Option(names = "--min-triple", paramLabel = "ACC", description = "Exit with code 1 when PLOVER full-triple accuracy is below this floor.")
  Double minTriple;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (plover == null && ecbplus == null && petrarch == null) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "name a data set: --plover FILE, --ecbplus DIR or --petrarch FILE");
    }
    if (petrarch != null && !Files.isRegularFile(petrarch)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--petrarch: not a file: " + petrarch);
    }
    if (actors != null && !Files.isRegularFile(actors)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--actors: not a file: " + actors);
    }
    if (plover != null && !Files.isRegularFile(plover)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--plover: not a file: " + plover);
    }
    if (ecbplus != null && !Files.isRegularFile(ecbplus.resolve(EcbCorpus.SENTENCES))) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--ecbplus: no " + EcbCorpus.SENTENCES + " in " + ecbplus);
    }
    ArticleReader reader = StandardReading.create();
    int status = plover == null ? 0 : plover(reader);
    if (ecbplus != null) {
      ecbplus(reader);
    }
    if (petrarch != null) {
      petrarch(reader);
    }
    return status;
  }

  private void ecbplus(ArticleReader reader) {
    PrintWriter out = spec.commandLine().getOut();
    List<EcbDocument> docs = EcbCorpus.load(ecbplus);
    if (limit != null && limit < docs.size()) {
      docs = docs.subList(0, limit);
    }
    Progress progress = Progress.on(spec.commandLine().getErr(), "eval events (ECB+)", docs.size(), false);
    EcbScore s = EcbEvaluation.run(docs, text -> read(reader, text), progress::step);
    progress.done();
    out.printf(Locale.ROOT, "ECB+ annotated sentences of %d documents; %.1f s%n", s.documents(), s.seconds());
    out.printf(Locale.ROOT, "triggers      gold %d, predicted %d, matched %d: P %.3f R %.3f F1 %.3f%n",
        s.gold(), s.predicted(), s.matched(), s.precision(), s.recall(), s.f1());
    attachment(out, "time", s.time());
    attachment(out, "place", s.place());
    attachment(out, "participants", s.participants());
  }

  private void petrarch(ArticleReader reader) {
    PrintWriter out = spec.commandLine().getOut();
    PetrarchCorpus.Contents contents = PetrarchCorpus.load(petrarch);
    Path dictionary = actors;
    if (dictionary == null && contents.actorFile() != null) {
      dictionary = petrarch.toAbsolutePath().resolveSibling(contents.actorFile());
    }
    if (dictionary == null || !Files.isRegularFile(dictionary)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--petrarch: no actor dictionary " + (dictionary == null ? "named" : dictionary) + "; give --actors FILE");
    }
    var records = contents.records();
    if (limit != null && limit < records.size()) {
      records = records.subList(0, limit);
    }
    Progress progress = Progress.on(spec.commandLine().getErr(), "eval events (PETRARCH)", records.size(), false);
    PetrarchEvaluation evaluation = new PetrarchEvaluation(PetrarchActors.load(dictionary), CameoRoots.coded());
    PetrarchScore s = evaluation.run(records, text -> read(reader, text), progress::step);
    progress.done();
    PetrarchReport.print(out, s, errors);
  }

  private static void attachment(PrintWriter out, String what, EcbScore.Attachment a) {
    out.printf(Locale.ROOT, "%-13s attached %d on matched events, %d on a gold mention: accuracy %.3f%n",
        what, a.attached(), a.right(), a.accuracy());
  }

  private int plover(ArticleReader reader) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int status = 0;
    List<PloverRecord> records = PloverCorpus.load(plover);
    if (limit != null && limit < records.size()) {
      records = records.subList(0, limit);
    }
    Progress progress = Progress.on(err, "eval events (PLOVER)", records.size(), false);
    PloverScore score = PloverEvaluation.run(records, text -> read(reader, text), progress::step);
    progress.done();
    printPlover(out, score);
    if (minCategory != null && score.categoryAccuracy() < minCategory) {
      err.printf(Locale.ROOT, "newsgraph eval events: category accuracy %.4f is below the floor %.4f%n",
          score.categoryAccuracy(), minCategory);
      status = 1;
    }
    if (minTriple != null && score.tripleAccuracy() < minTriple) {
      err.printf(Locale.ROOT, "newsgraph eval events: full-triple accuracy %.4f is below the floor %.4f%n",
          score.tripleAccuracy(), minTriple);
      status = 1;
    }
    return status;
  }

  private static List<Event> read(ArticleReader reader, String text) {
    Article article = new Article("eval", null, null, List.of(), null, "en", null, null, text, List.of());
    return reader.read(article).events();
  }

  private void printPlover(PrintWriter out, PloverScore score) {
    out.printf(Locale.ROOT, "PLOVER gold records: %d sentences; %.1f s (%.0f ms/sentence, reading included)%n",
        score.sentences(), score.seconds(), 1000 * score.seconds() / Math.max(1, score.sentences()));
    out.printf(Locale.ROOT, "category accuracy     %.3f%n", score.categoryAccuracy());
    out.printf(Locale.ROOT, "full-triple accuracy  %.3f  (category, and source and target country-code sets)%n",
        score.tripleAccuracy());
    out.println("confusion (rows gold, columns predicted):");
    ConfusionTable.print(out, score.confusion(), score.categories(), 12, EvalEventsCommand::abbreviation);
    if (errors) {
      for (PloverEvaluation.Outcome o : score.outcomes()) {
        if (!o.tripleCorrect()) {
          out.printf(Locale.ROOT, "%s gold %s %s->%s, coded %s %s->%s: %s%n", o.gold().id(), o.gold().category(),
              o.gold().source(), o.gold().target(), o.category(), o.source(), o.target(), o.gold().text());
        }
      }
    }
  }

  private static String abbreviation(String category) {
    return category.startsWith("(") ? "none" : category.substring(0, Math.min(4, category.length()));
  }
}
