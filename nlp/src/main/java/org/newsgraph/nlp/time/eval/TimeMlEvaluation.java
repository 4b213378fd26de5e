package org.newsgraph.nlp.time.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newsgraph.core.TimeExpression;
import org.newsgraph.nlp.text.Analyzer;
import org.newsgraph.nlp.time.TimeTagger;

/**
 * Runs a time tagger over a folder of TimeML files (all {@code .tml} files below it) and scores it
 * with the TempEval-3 measures, overall and per subfolder. Each document is tagged with its
 * creation date as the anchor. A file that cannot be read is skipped and reported.
 */
public final class TimeMlEvaluation {

  private final Analyzer analyzer;
  private final TimeTagger tagger;
  private final TimeMlReader reader = new TimeMlReader();

  public TimeMlEvaluation(Analyzer analyzer, TimeTagger tagger) {
    this.analyzer = analyzer;
    this.tagger = tagger;
  }

  /**
   * One gold expression and the prediction matched to it; either side may be {@code null} (a missed
   * or a spurious expression).
   */
  public record Alignment(String document, GoldTimex gold, TimeExpression predicted) {}

  /** The scores, every alignment, and the files that could not be read. */
  public record Result(
      int documents,
      TimexScore total,
      Map<String, TimexScore> subsets,
      List<Alignment> alignments,
      List<String> skipped) {
    public Result {
      subsets = Map.copyOf(subsets);
      alignments = List.copyOf(alignments);
      skipped = List.copyOf(skipped);
    }
  }

  /** The {@code .tml} files below {@code dir}, in path order. */
  public static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.getFileName().toString().endsWith(".tml") && Files.isRegularFile(p))
          .filter(p -> !p.getFileName().toString().startsWith("._"))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  /**
   * Evaluates on every TimeML file below {@code dir}; {@code onDocument} runs after each file.
   *
   * @throws IOException when {@code dir} cannot be listed
   */
  public Result run(Path dir, Runnable onDocument) throws IOException {
    return run(dir, files(dir), onDocument);
  }

  /**
   * Evaluates on {@code files}, which lie below {@code dir} (their first folder below it names
   * their subset); {@code onDocument} runs after each file.
   */
  public Result run(Path dir, List<Path> files, Runnable onDocument) {
    TimexScore total = TimexScore.EMPTY;
    Map<String, TimexScore> subsets = new TreeMap<>();
    List<Alignment> alignments = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    int documents = 0;
    for (Path file : files) {
      Path relative = dir.relativize(file);
      String id = relative.toString().replace('\\', '/');
      String subset = relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
      TimeMlDocument document;
      try {
        document = reader.read(file, id, subset);
      } catch (IOException e) {
        skipped.add(e.getMessage());
        onDocument.run();
        continue;
      }
      List<TimeExpression> predicted =
          tagger.tag(analyzer.analyze(document.text()), document.creationDate());
      TimexScore score = score(id, document.timexes(), predicted, alignments);
      total = total.plus(score);
      subsets.merge(subset, score, TimexScore::plus);
      documents++;
      onDocument.run();
    }
    return new Result(documents, total, subsets, alignments, skipped);
  }

  /**
   * Scores one document: each gold expression, in order, is paired with the unpaired prediction
   * that overlaps it most. Every pair, miss and spurious prediction is added to {@code sink}.
   */
  static TimexScore score(
      String document, List<GoldTimex> gold, List<TimeExpression> predicted, List<Alignment> sink) {
    boolean[] used = new boolean[predicted.size()];
    int relaxed = 0;
    int strict = 0;
    int sameType = 0;
    int sameValue = 0;
    for (GoldTimex g : gold) {
      int best = -1;
      int bestOverlap = 0;
      for (int i = 0; i < predicted.size(); i++) {
        TimeExpression p = predicted.get(i);
        int overlap = Math.min(g.end(), p.end()) - Math.max(g.start(), p.start());
        if (!used[i] && overlap > bestOverlap) {
          best = i;
          bestOverlap = overlap;
        }
      }
      if (best < 0) {
        sink.add(new Alignment(document, g, null));
        continue;
      }
      used[best] = true;
      TimeExpression p = predicted.get(best);
      relaxed++;
      if (p.start() == g.start() && p.end() == g.end()) {
        strict++;
      }
      if (p.type().name().equals(g.type())) {
        sameType++;
      }
      if (p.value().equals(g.value())) {
        sameValue++;
      }
      sink.add(new Alignment(document, g, p));
    }
    for (int i = 0; i < predicted.size(); i++) {
      if (!used[i]) {
        sink.add(new Alignment(document, null, predicted.get(i)));
      }
    }
    return new TimexScore(gold.size(), predicted.size(), relaxed, strict, sameType, sameValue);
  }
}
