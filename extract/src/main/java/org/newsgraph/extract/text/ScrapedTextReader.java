package org.newsgraph.extract.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.ArticleDraft;

/**
 * Reads an article draft from scraped plain text, the words of a news page without its markup: the
 * headline, byline and date above the story become metadata, interface text (menus, prompts,
 * credits, image file names) is left out, and the story's paragraphs are kept as printed. Only line
 * breaks inside a paragraph are changed, to single spaces.
 */
public final class ScrapedTextReader {

  /** The draft article of {@code text}. */
  public ArticleDraft read(String text) {
    List<Block> blocks = BlockClassifier.classify(TextBlocks.split(text));
    BodySelector.Body body = BodySelector.select(blocks);
    List<String> paragraphs = new ArrayList<>(body.kept().size());
    for (int i : body.kept()) {
      paragraphs.add(blocks.get(i).text());
    }
    int end = body.kept().isEmpty() ? blocks.size() : body.kept().get(body.kept().size() - 1);
    List<Block> page = blocks.subList(0, end);
    return new ArticleDraft(
        Headline.pick(blocks.subList(0, body.start()), paragraphs),
        authors(page),
        published(page).map(LocalDate::toString).orElse(null),
        null,
        null,
        null,
        paragraphs,
        List.of(),
        List.of());
  }

  private static List<String> authors(List<Block> blocks) {
    Set<String> authors = new LinkedHashSet<>();
    for (Block block : blocks) {
      if (BlockClassifier.BYLINE.equals(block.reason())) {
        Bylines.authors(block.features()).ifPresent(authors::addAll);
      }
    }
    return List.copyOf(authors);
  }

  /** The first date of a date line or byline above the story or among its paragraphs. */
  private static Optional<LocalDate> published(List<Block> blocks) {
    for (Block block : blocks) {
      if (PrintedDates.isDateLine(block.features())
          || BlockClassifier.BYLINE.equals(block.reason())) {
        Optional<LocalDate> date = PrintedDates.find(block.text());
        if (date.isPresent()) {
          return date;
        }
      }
    }
    return Optional.empty();
  }
}
