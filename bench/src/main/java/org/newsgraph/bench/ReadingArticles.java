package org.newsgraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.newsgraph.core.Article;

/**
 * News articles of about 800 words for the reading benchmark: the extraction dev gold texts
 * ({@code data/extraction-dev/gold} under the {@link SharedFolder}) of {@value #MIN_WORDS} to
 * {@value #MAX_WORDS} words, in name order, as English articles with paragraphs separated by a
 * blank line.
 */
final class ReadingArticles {

  static final String RELATIVE = "data/extraction-dev/gold";
  static final int MIN_WORDS = 650;
  static final int MAX_WORDS = 950;
  private static final String PUBLISHED = "2012-06-01";

  private ReadingArticles() {}

  /** Up to {@code limit} articles; fails naming the folder when it is missing or has none. */
  static List<Article> load(int limit) {
    return select(limit, MIN_WORDS, MAX_WORDS);
  }

  /** Up to {@code limit} gold texts of any length, as articles, in name order. */
  static List<Article> all(int limit) {
    return select(limit, 0, Integer.MAX_VALUE);
  }

  private static List<Article> select(int limit, int minWords, int maxWords) {
    Path dir = SharedFolder.resolve(RELATIVE);
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException(SharedFolder.missing("extraction dev gold texts", dir));
    }
    List<Article> articles = new ArrayList<>();
    try (Stream<Path> listing = Files.list(dir)) {
      for (Path file : listing.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String text = paragraphs(Files.readString(file, StandardCharsets.UTF_8));
        int words = words(text);
        if (words >= minWords && words <= maxWords && articles.size() < limit) {
          articles.add(new Article(file.getFileName().toString(), null, null, List.of(), PUBLISHED, "en",
              null, null, text, List.of()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + dir, e);
    }
    if (articles.isEmpty()) {
      throw new IllegalStateException("no gold text of " + minWords + "-" + maxWords + " words in " + dir);
    }
    return articles;
  }

  /** Words in {@code text}: runs of non-space characters. */
  static int words(String text) {
    String stripped = text.strip();
    return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
  }

  private static String paragraphs(String gold) {
    return String.join("\n\n", gold.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
  }
}
