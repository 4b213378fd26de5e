package org.newsgraph.extract.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.newsgraph.core.ArticleExtractor;
import org.newsgraph.core.Extraction;
import org.newsgraph.core.Page;

/**
 * Runs an extractor over a directory of HTML pages and scores the bodies against a directory of
 * gold texts with the same stems ({@code html/<id>.html} against {@code gold/<id>.txt}). A page
 * that is rejected counts as an empty extraction.
 */
public final class ExtractionEvaluation {

  private final ArticleExtractor extractor;
  private final ShingleScorer scorer = new ShingleScorer();

  public ExtractionEvaluation(ArticleExtractor extractor) {
    this.extractor = extractor;
  }

  /** The outcome: predictions and per-page scores by id, in id order, and the corpus figures. */
  public record Result(Map<String, String> predictions, Map<String, ShingleScore> pages, CorpusScore score) {}

  /**
   * Evaluates every gold text in {@code goldDir} against the page of the same id in {@code
   * htmlDir}; {@code progress} hears of each page done.
   *
   * @throws UncheckedIOException when a directory cannot be read
   */
  public Result run(Path htmlDir, Path goldDir, Consumer<String> progress) {
    Map<String, String> predictions = new LinkedHashMap<>();
    Map<String, ShingleScore> pages = new LinkedHashMap<>();
    for (String id : ids(goldDir)) {
      String gold = read(goldDir.resolve(id + ".txt"));
      String predicted = predict(htmlDir, id);
      predictions.put(id, predicted);
      pages.put(id, scorer.score(gold, predicted));
      progress.accept(id);
    }
    return new Result(predictions, pages, CorpusScore.of(pages.values()));
  }

  private String predict(Path htmlDir, String id) {
    Path html = findPage(htmlDir, id);
    if (html == null) {
      return "";
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(html);
    } catch (IOException e) {
      return "";
    }
    Extraction extraction = extractor.extract(new Page(html.toString(), null, bytes, "text/html"));
    return extraction instanceof Extraction.Accepted accepted ? accepted.article().text() : "";
  }

  private static Path findPage(Path htmlDir, String id) {
    for (String extension : List.of(".html", ".htm", ".xhtml")) {
      Path candidate = htmlDir.resolve(id + extension);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  private static List<String> ids(Path goldDir) {
    try (Stream<Path> files = Files.list(goldDir)) {
      List<String> ids = new ArrayList<>();
      files
          .map(p -> p.getFileName().toString())
          .filter(name -> name.endsWith(".txt"))
          .sorted()
          .forEach(name -> ids.add(name.substring(0, name.length() - 4)));
      return ids;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list gold directory " + goldDir, e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gold text " + file, e);
    }
  }
}
