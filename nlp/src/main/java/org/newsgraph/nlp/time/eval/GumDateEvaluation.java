package org.newsgraph.nlp.time.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newsgraph.core.TimeExpression;
import org.newsgraph.nlp.text.Analyzer;
import org.newsgraph.nlp.time.TimeTagger;

/**
 * How many of the hand-normalised dates of the GUM news documents the tagger finds (a prediction
 * overlaps the date) and finds with the same value (the same days, or the same time of day), each
 * document anchored at its creation date.
 */
public final class GumDateEvaluation {

  private final Analyzer analyzer;
  private final TimeTagger tagger;
  private final GumReader reader = new GumReader();

  public GumDateEvaluation(Analyzer analyzer, TimeTagger tagger) {
    this.analyzer = analyzer;
    this.tagger = tagger;
  }

  /** One gold date and the prediction over it, or {@code null}. */
  public record Alignment(
      String document, GoldDate gold, TimeExpression predicted, boolean sameValue) {}

  /** The counts and every alignment; unreadable files are listed in {@code skipped}. */
  public record Result(
      int documents,
      int dates,
      int found,
      int sameValue,
      List<Alignment> alignments,
      List<String> skipped) {
    public Result {
      alignments = List.copyOf(alignments);
      skipped = List.copyOf(skipped);
    }
  }

  /**
   * Evaluates on the {@code .xml} files of {@code dir}; {@code onDocument} runs after each.
   *
   * @throws IOException when {@code dir} cannot be listed
   */
  public Result run(Path dir, Runnable onDocument) throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files =
          list.filter(p -> p.getFileName().toString().endsWith(".xml"))
              .sorted()
              .collect(Collectors.toList());
    }
    List<Alignment> alignments = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    int documents = 0;
    for (Path file : files) {
      GumDocument document;
      try {
        document = reader.read(file);
      } catch (IOException | RuntimeException e) {
        skipped.add(file + ": " + e.getMessage());
        onDocument.run();
        continue;
      }
      List<TimeExpression> predicted =
          tagger.tag(analyzer.analyze(document.text()), document.created());
      for (GoldDate gold : document.dates()) {
        TimeExpression over = overlapping(gold, predicted);
        alignments.add(
            new Alignment(document.id(), gold, over, over != null && same(gold, over.value())));
      }
      documents++;
      onDocument.run();
    }
    int found = (int) alignments.stream().filter(a -> a.predicted() != null).count();
    int same = (int) alignments.stream().filter(Alignment::sameValue).count();
    return new Result(documents, alignments.size(), found, same, alignments, skipped);
  }

  private static TimeExpression overlapping(GoldDate gold, List<TimeExpression> predicted) {
    TimeExpression best = null;
    int bestOverlap = 0;
    for (TimeExpression p : predicted) {
      int overlap = Math.min(gold.end(), p.end()) - Math.max(gold.start(), p.start());
      if (overlap > bestOverlap) {
        best = p;
        bestOverlap = overlap;
      }
    }
    return best;
  }

  /**
   * Whether a TIMEX3 value names the gold date: the same days (a part of a day, as in {@code
   * 2015-09-17TNI}, names its day), or the same clock time.
   */
  static boolean same(GoldDate gold, String value) {
    if (gold.clock() != null) {
      return value.startsWith(gold.clock());
    }
    int time = value.indexOf('T');
    String days = time == 10 ? value.substring(0, 10) : value;
    return gold.span() != null && gold.span().equals(CalendarSpan.of(days));
  }
}
