package org.newsgraph.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.newsgraph.core.AnnotatedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.core.Entity;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.Mention;
import org.newsgraph.extract.NewsArticleExtractor;
import org.newsgraph.ingest.fetch.FetchSettings;
import org.newsgraph.ingest.fetch.HttpFetcher;
import org.newsgraph.ingest.polite.MemoryValidatorStore;
import org.newsgraph.ingest.polite.PoliteFetcher;
import org.newsgraph.ingest.polite.PolitenessSettings;
import org.newsgraph.ingest.polite.ValidatorStore;
import org.newsgraph.ingest.source.SourceLimits;
import org.newsgraph.ingest.source.Sources;

/** Generated pages and a reading without CoreNLP, for pipeline tests. */
final class Fixtures {

  static final String BOARD = "Harbour Board";

  private static final List<String> WORDS =
      List.of(
          "council", "river", "grain", "ship", "port", "vote", "budget", "rain", "bridge", "school",
          "market", "tariff", "harvest", "ferry", "storm", "union", "court", "museum", "railway",
          "mayor");

  private Fixtures() {}

  /** Writes {@code count} distinct plain-text news stories into {@code dir}. */
  static void writeStories(Path dir, int count) throws IOException {
    Files.createDirectories(dir);
    for (int i = 0; i < count; i++) {
      Files.writeString(dir.resolve(String.format("story-%04d.txt", i)), story(i));
    }
  }

  /** Story {@code i} as an HTML page: its title as the headline, its paragraphs in an article. */
  static String storyPage(int i) {
    List<String> parts = List.of(story(i).split("\n\n"));
    StringBuilder html =
        new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
            .append(parts.get(0))
            .append("</title></head><body><article><h1>")
            .append(parts.get(0))
            .append("</h1>");
    for (String paragraph : parts.subList(1, parts.size())) {
      html.append("<p>").append(paragraph).append("</p>");
    }
    return html.append("</article></body></html>").toString();
  }

  /** Story {@code i}: a title line, then five paragraphs naming the board, as plain text. */
  static String story(int i) {
    Random random = new Random(i);
    StringBuilder text = new StringBuilder("Harbour plan number " + i + " goes to a vote\n\n");
    for (int p = 0; p < 5; p++) {
      text.append("The ")
          .append(BOARD)
          .append(" said on Monday that the new ")
          .append(word(random))
          .append(" and the old ")
          .append(word(random))
          .append(" would be reviewed before the end of the year.");
      for (int s = 0; s < 3; s++) {
        text.append(" Officials expect the ")
            .append(word(random))
            .append(" to cost more than the ")
            .append(word(random))
            .append(", and residents near the ")
            .append(word(random))
            .append(" have asked for a public meeting.");
      }
      text.append("\n\n");
    }
    return text.toString();
  }

  private static String word(Random random) {
    return WORDS.get(random.nextInt(WORDS.size()));
  }

  /** Reads one entity, the board, wherever the text names it; waits a little per article. */
  static Reading boardReading(long delayMillis) {
    return article -> {
      sleep(delayMillis);
      return new AnnotatedArticle(
          article, boardIn(article), List.of(), List.of(), List.of(), List.of());
    };
  }

  private static List<Entity> boardIn(Article article) {
    int at = article.text().indexOf(BOARD);
    if (at < 0) {
      return List.of();
    }
    Mention m = new Mention(BOARD, at, at + BOARD.length());
    return List.of(new Entity("e1", EntityType.ORGANIZATION, BOARD, List.of(m), List.of()));
  }

  static PageSource source(Path path) {
    return new SourcePages(sources(false).open(path.toString()));
  }

  /** Sources fetched without delay, remembering validators in memory. */
  static Sources sources(boolean allowPrivate) {
    return sources(allowPrivate, new MemoryValidatorStore());
  }

  /** Sources fetched without delay, remembering validators in {@code validators}. */
  static Sources sources(boolean allowPrivate, ValidatorStore validators) {
    PoliteFetcher fetcher =
        new PoliteFetcher(
            new HttpFetcher(FetchSettings.defaults().withAllowPrivate(allowPrivate)),
            PolitenessSettings.defaults().withHostDelay(Duration.ZERO),
            validators);
    return new Sources(fetcher, SourceLimits.defaults());
  }

  static IngestPipeline pipeline(
      org.newsgraph.index.KnowledgeWriter writer, Reading reading, int threads, int batch) {
    return new IngestPipeline(new NewsArticleExtractor(), reading, writer, threads, batch);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
